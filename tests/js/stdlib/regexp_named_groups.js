// RegExp named capture groups (ES2018): (?<name>...), \k<name>, the
// groups object of exec and match results, $<name> in replace and the
// groups argument of a replace function, and the early errors of names.
const m = /(?<year>\d{4})-(?<month>\d{2})(-(?<day>\d\d))?/.exec("on 2024-05 ok");
print(m.groups.year, m.groups.month, m.groups.day, Object.getPrototypeOf(m.groups), Object.keys(m.groups).join());
print(/a/.exec("a").groups, "groups" in /a/.exec("a"), JSON.stringify("x1y2".match(/(?<d>\d)/).groups));
print("2024-05".replace(/(?<y>\d+)-(?<m>\d+)/, "$<m>/$<y>"), "ab".replace(/(?<x>a)/, "[$<nope>]"), "ab".replace(/(a)/, "[$<x>]"));
print("2024-05".replace(/(?<y>\d+)-(?<m>\d+)/, (...args) => JSON.stringify(args[args.length - 1])));
print(/(?<a>.)\k<a>/.test("xx"), /(?<a>.)\k<a>/.test("xy"), /\k<a>(?<a>b)/.test("b"), /\k/.test("k"));
var sources = ["(?<a>x)(?<a>y)", "(?<>x)", "(?<1a>x)", "(?<a>x)\\k<b>", "(?<a>x)\\k", "(?<a", "(?<\\u0061b>c)\\k<ab>", "(?<\u2764>a)"];
sources.forEach(function (src) { try { new RegExp(src); print("ok", src); } catch (e) { print(e.constructor.name, src); } });
var each = /(?<l>[a-z])(?<d>\d)/g, found = [], r;
while ((r = each.exec("a1b2"))) found.push(r.groups.l + r.groups.d);
print(found.join());
print(JSON.stringify("k1".split(/(?<n>\d)/)), /(?<$_é>z)/.exec("z").groups.$_é, /(?<\u{1d4d1}>q)/.exec("q").groups["\u{1d4d1}"]);
// A named group right after another group's name (the second was missed).
print(JSON.stringify(/(?<a>(?<b>x))(?<c>y)/.exec("xy").groups), /(?<a>(?<b>x))\k<b>/.test("xx"));
