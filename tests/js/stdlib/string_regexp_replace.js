// String.prototype.replace with RegExp patterns (ES5.1 15.5.4.11): global
// and non-global, replacement patterns ($$ $& $` $' $n $nn), function
// replacers with (match, p1..pn, offset, string), lastIndex handling.
function show(v) { return typeof v === "string" ? "\x27" + v + "\x27" : String(v); }
function t(label, f) { var r; try { r = show(f()); } catch (e) { r = "threw " + e.name; } print(label + ": " + r); }

t("first", function () { return "banana".replace(/a/, "o"); });
t("global", function () { return "banana".replace(/a/g, "o"); });
t("none", function () { return "banana".replace(/x/g, "o"); });
t("ignore case global", function () { return "aAbB".replace(/a/gi, "_"); });
t("multiline", function () { return "a\nb\nc".replace(/^/gm, "> "); });
t("empty global", function () { return "abc".replace(/(?:)/g, "-"); });
t("star global", function () { return "aaxbb".replace(/a*/g, "[$&]"); });
t("lookahead global", function () { return "xxa".replace(/(?=a)/g, "!"); });
t("on empty", function () { return "".replace(/^$/, "empty"); });
t("$$", function () { return "abc".replace(/b/, "$$"); });
t("$&", function () { return "abc".replace(/b/, "[$&]"); });
t("$`", function () { return "abcd".replace(/c/, "[$`]"); });
t("$'", function () { return "abcd".replace(/b/, "[$']"); });
t("$1 $2", function () { return "John Smith".replace(/(\w+)\s(\w+)/, "$2, $1"); });
t("$1 global", function () { return "a1b2c3".replace(/([a-z])(\d)/g, "$2$1"); });
t("$0 literal", function () { return "abc".replace(/(b)/, "[$0]"); });
t("$00 literal", function () { return "abc".replace(/(b)/, "[$00]"); });
t("$01", function () { return "abc".replace(/(b)/, "[$01]"); });
t("$10 one group", function () { return "abc".replace(/(b)/, "[$10]"); });
t("$2 missing group", function () { return "abc".replace(/(b)/, "[$2]"); });
t("$12 with 12 groups", function () {
  return "abcdefghijkl".replace(/(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)(l)/, "$12$11$10$1$9");
});
t("$13 with 12 groups", function () {
  return "abcdefghijkl".replace(/(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)(l)/, "[$13]");
});
t("$011", function () { return "abc".replace(/(b)/, "[$011]"); });
t("unmatched group", function () { return "ac".replace(/a(b)?c/, "[$1]"); });
t("lone $", function () { return "abc".replace(/b/, "$"); });
t("trailing $", function () { return "abc".replace(/b/, "x$"); });
t("$x", function () { return "abc".replace(/b/, "$x"); });
t("string pattern $ rules", function () { return "abc".replace("b", "$1$&$$"); });
t("string pattern is literal", function () { return "a.c".replace(".", "!"); });
t("function", function () {
  return "a1b22".replace(/([a-z])(\d+)/g, function (m, p1, p2, off, s) {
    return "<" + [m, p1, p2, off, s].join(",") + ">";
  });
});
t("function args length", function () {
  var n = []; "abc".replace(/(x)?b/, function () { n.push(arguments.length, typeof arguments[1]); return ""; }); return n.join(" ");
});
t("function no groups", function () {
  return "aXbX".replace(/X/g, function (m, off) { return off; });
});
t("function this", function () { var r; "a".replace(/a/, function () { r = this; return ""; }); return r === undefined || r === this; });
t("function result ToString", function () { return "aaa".replace(/a/g, function () { return 1; }); });
t("function result object", function () { return "ab".replace(/b/, function () { return { toString: function () { return "B"; } }; }); });
t("function dollar not special", function () { return "ab".replace(/b/, function () { return "$&"; }); });
t("function throws", function () { return "ab".replace(/b/, function () { throw new RangeError("x"); }); });
t("function call order", function () {
  var log = []; "abc".replace(/./g, function (m) { log.push(m); return m; }); return log.join("");
});
t("function sees lastIndex", function () {
  var re = /a/g, seen = []; "aaa".replace(re, function () { seen.push(re.lastIndex); return "b"; }); return seen.join(",");
});
t("global lastIndex after", function () { var re = /a/g; re.lastIndex = 2; var r = "banana".replace(re, "o"); return r + " " + re.lastIndex; });
t("non-global lastIndex kept", function () { var re = /a/; re.lastIndex = 4; var r = "banana".replace(re, "o"); return r + " " + re.lastIndex; });
t("non-global lastIndex valueOf", function () {
  var re = /a/, n = 0; re.lastIndex = { valueOf: function () { n++; return 0; } }; "aa".replace(re, "b"); return n;
});
t("replacement ToString", function () { return "abc".replace(/b/, 7); });
t("replacement undefined", function () { return "abc".replace(/b/); });
t("generic this", function () { return String.prototype.replace.call(12321, /2/g, "x"); });
t("this null", function () { return String.prototype.replace.call(null, /a/, "b"); });
t("unicode", function () { return "\u20ac1\u20ac2".replace(/\u20ac(\d)/g, "E$1"); });
t("long", function () {
  var s = ""; for (var i = 0; i < 300; i++) s += "k" + i + " ";
  var r = s.replace(/k(\d+)/g, function (m, d) { return d * 2; }); return r.length + " " + r.slice(0, 20);
});
t("nested replace in replacer", function () {
  return "a-b".replace(/\w/g, function (m) { return m.replace(/./, "$&$&"); });
});
t("length", function () { return String.prototype.replace.length; });
