// Duplicate named groups in different alternatives (ES2025, ENG_REGEXP_ES2025).
// Node 20 rejects them: the .expected lines are written by hand from the spec
// (22.2.1.1 early errors, 22.2.7.2 RegExpBuiltinExec's groups, 22.2.2.7.2
// BackreferenceMatcher with several groups of a name).
var r = /(?<y>\d{4})-\d\d|\d\d-(?<y>\d{4})/;
print(JSON.stringify(r.exec("2024-05").groups), JSON.stringify(r.exec("05-2024").groups));  // {"y":"2024"} twice
print(Object.keys(r.exec("05-2024").groups).length, "05-2024".replace(r, "[$<y>]"));          // 1 [2024]
print(JSON.stringify(/(?<a>x)|(?<a>y)|z/.exec("z").groups));                                 // {} with a undefined: {}
print("a" in /(?<a>x)|(?<a>y)|z/.exec("z").groups);                                          // true
print(/(?:(?<a>x)|(?<a>y))\k<a>/.test("yy"), /(?:(?<a>x)|(?<a>y))\k<a>/.test("yx"));       // true false
print(/(?:(?<a>x)|(?<a>y))\k<a>/i.test("xX"), /\k<a>(?:(?<a>x)|(?<a>y))/.test("x"));        // true true
print(/(?<a>x)|(?<a>y)/d.exec("y").indices.groups.a, /(?<a>x)|(?<a>y)/d.exec("x").indices.groups.a);  // 0,1 0,1
print(JSON.stringify(/(?:(?<a>x)|(?<a>y))+/.exec("xy").groups));                            // {"a":"y"}
print("xy".replace(/(?<a>x)|(?<a>y)/g, "<$<a>>"));                                          // <x><y>
var bad = ["(?<a>x)(?<a>y)", "(?<a>x)|((?<a>y)(?<a>z))", "(?<a>(?<a>x)|y)", "((?<a>x)|y)(?<a>z)", "(?<a>x)(?:|(?<a>y))"];
var good = ["(?<a>x)|(?<a>y)", "((?<a>x)|(?<a>y))", "(?:(?<a>x)|y)|(?<a>z)", "(?<a>x)|[|](?<a>y)", "(?<a>x)|(?<b>y)|(?<a>z)"];
for (var i = 0; i < bad.length; i++) {
    try { new RegExp(bad[i]); print("accepted", bad[i]); } catch (e) { print(e.name, bad[i]); }
}
for (var i = 0; i < good.length; i++) {
    try { new RegExp(good[i]); print("accepted", good[i]); } catch (e) { print(e.name, good[i]); }
}
