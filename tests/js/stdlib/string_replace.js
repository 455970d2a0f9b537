// String.prototype.replace with string patterns: only the first
// occurrence, the replacement patterns $$ $& $` $' and literal $n
// (no captures), function replacers (arguments, this, return value
// conversion), empty patterns, generic this and errors.
function show(v) { return typeof v === "string" ? "\x27" + v + "\x27" : (v === 0 && 1 / v < 0 ? "-0" : String(v)); }
function t(label, f) { var r; try { r = show(f()); } catch (e) { r = "threw " + e.name; } print(label + ": " + r); }
function codes(s) { var r = []; for (var i = 0; i < s.length; i++) r.push(s.charCodeAt(i)); return r.join(" "); }
function rep(s, n) { var r = ""; while (n > 0) { if (n % 2) r += s; s += s; n = Math.floor(n / 2); } return r; }
function arr(a) { return a === null ? "null" : a.length + ":[" + a.join("|") + "]"; }

t("simple", function () { return "aXbXc".replace("X", "-"); });
t("first only", function () { return "aaa".replace("a", "b"); });
t("no match", function () { return "abc".replace("x", "y"); });
t("empty pattern", function () { return "abc".replace("", "_"); });
t("empty string", function () { return "".replace("", "z"); });
t("empty string no match", function () { return "".replace("a", "z"); });
t("delete", function () { return "abc".replace("b", ""); });
t("$$", function () { return "abc".replace("b", "$$"); });
t("$&", function () { return "abc".replace("b", "[$&]"); });
t("$`", function () { return "abc".replace("b", "[$`]"); });
t("$'", function () { return "abc".replace("b", "[$']"); });
t("$1", function () { return "abc".replace("b", "[$1]"); });
t("$0", function () { return "abc".replace("b", "[$0]"); });
t("$10", function () { return "abc".replace("b", "[$10]"); });
t("$99", function () { return "abc".replace("b", "[$99]"); });
t("lone $", function () { return "abc".replace("b", "$"); });
t("trailing $", function () { return "abc".replace("b", "x$"); });
t("$x", function () { return "abc".replace("b", "$x"); });
t("$$&", function () { return "abc".replace("b", "$$&"); });
t("mixed", function () { return "hello world".replace("o", "<$`|$&|$'>"); });
t("$& at start", function () { return "abc".replace("a", "$&$&"); });
t("$' at end", function () { return "abc".replace("c", "[$']"); });
t("undefined replacement", function () { return "abc".replace("b"); });
t("null replacement", function () { return "abc".replace("b", null); });
t("number replacement", function () { return "abc".replace("b", 42); });
t("undefined pattern", function () { return "is undefined".replace(undefined, "U"); });
t("number pattern", function () { return "a1b1".replace(1, "!"); });
t("dot literal", function () { return "a.b.c".replace(".", "!"); });
var seen;
t("function args", function () {
  return "xabcx".replace("bc", function () { seen = arguments.length + ":" + [].join.call(arguments, ","); return "Q"; });
});
print("seen:", seen);
t("function this", function () {
  var self;
  "abc".replace("b", function () { self = this; return ""; });
  return self === undefined || self === this;
});
t("function $ not expanded", function () { return "abc".replace("b", function () { return "$&$$"; }); });
t("function number result", function () { return "abc".replace("b", function () { return 7; }); });
t("function undefined result", function () { return "abc".replace("b", function () {}); });
t("function object result", function () { return "abc".replace("b", function () { return { toString: function () { return "O"; } }; }); });
t("function not called", function () { var n = 0; "abc".replace("z", function () { n++; }); return n; });
t("function throws", function () { return "abc".replace("b", function () { throw new RangeError("r"); }); });
t("function on empty pattern", function () { return "abc".replace("", function (m, o, s) { return "<" + m + o + s + ">"; }); });
t("unicode", function () { return "\u20ac \ud83d\ude00 \u20ac".replace("\u20ac", "E") === "E \ud83d\ude00 \u20ac"; });
t("unicode $'", function () { return codes("a\u20acb".replace("a", "$'")); });
t("latin1 to wide", function () { return codes("abc".replace("b", "\u0100")); });
t("on number", function () { return String.prototype.replace.call(12321, "2", "x"); });
t("on null", function () { return String.prototype.replace.call(null, "a", "b"); });
t("on undefined", function () { return String.prototype.replace.call(undefined, "a", "b"); });
var order = [];
t("conversion order", function () {
  "abc".replace({ toString: function () { order.push("pattern"); return "b"; } },
                { toString: function () { order.push("replacement"); return "B"; } });
  return order.join(",");
});
var big = "";
big = rep("ab", 10000);
t("long", function () { var r = big.replace("ba", "[$&]"); return r.length + " " + r.slice(0, 10) + " " + r.slice(-4); });
t("length", function () { return String.prototype.replace.length; });
