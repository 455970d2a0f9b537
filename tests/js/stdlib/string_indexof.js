// String.prototype.indexOf and lastIndexOf: empty search strings, start
// positions (negative, NaN, Infinity, fractions, huge), missing
// arguments, non-Latin-1 text, generic this and errors.
function show(v) { return typeof v === "string" ? "\x27" + v + "\x27" : (v === 0 && 1 / v < 0 ? "-0" : String(v)); }
function t(label, f) { var r; try { r = show(f()); } catch (e) { r = "threw " + e.name; } print(label + ": " + r); }
function codes(s) { var r = []; for (var i = 0; i < s.length; i++) r.push(s.charCodeAt(i)); return r.join(" "); }

var s = "abcabcabc";
t("indexOf b", function () { return s.indexOf("b"); });
t("indexOf b 2", function () { return s.indexOf("b", 2); });
t("indexOf bc 5", function () { return s.indexOf("bc", 5); });
t("indexOf missing", function () { return s.indexOf("x"); });
t("indexOf longer", function () { return "ab".indexOf("abc"); });
t("indexOf whole", function () { return s.indexOf(s); });
t("indexOf empty", function () { return s.indexOf(""); });
t("indexOf empty 4", function () { return s.indexOf("", 4); });
t("indexOf empty 99", function () { return s.indexOf("", 99); });
t("indexOf empty in empty", function () { return "".indexOf(""); });
t("indexOf in empty", function () { return "".indexOf("a"); });
t("indexOf -5", function () { return s.indexOf("a", -5); });
t("indexOf NaN", function () { return s.indexOf("a", NaN); });
t("indexOf Infinity", function () { return s.indexOf("a", Infinity); });
t("indexOf -Infinity", function () { return s.indexOf("c", -Infinity); });
t("indexOf 3.7", function () { return s.indexOf("a", 3.7); });
t("indexOf '4'", function () { return s.indexOf("a", "4"); });
t("indexOf 2^32", function () { return s.indexOf("a", 4294967296); });
t("indexOf none", function () { return "undefined".indexOf(); });
t("indexOf undefined text", function () { return "an undefined value".indexOf(undefined); });
t("indexOf null", function () { return "is null".indexOf(null); });
t("indexOf number", function () { return "x123".indexOf(23); });
t("indexOf case", function () { return "ABC".indexOf("b"); });
t("indexOf end", function () { return s.indexOf("bc", 7); });
t("indexOf overlap", function () { return "aaaa".indexOf("aa", 1); });
t("lastIndexOf b", function () { return s.lastIndexOf("b"); });
t("lastIndexOf b 6", function () { return s.lastIndexOf("b", 6); });
t("lastIndexOf b 0", function () { return s.lastIndexOf("b", 0); });
t("lastIndexOf a 0", function () { return s.lastIndexOf("a", 0); });
t("lastIndexOf missing", function () { return s.lastIndexOf("x"); });
t("lastIndexOf longer", function () { return "ab".lastIndexOf("abc"); });
t("lastIndexOf empty", function () { return s.lastIndexOf(""); });
t("lastIndexOf empty 3", function () { return s.lastIndexOf("", 3); });
t("lastIndexOf empty in empty", function () { return "".lastIndexOf(""); });
t("lastIndexOf NaN", function () { return s.lastIndexOf("a", NaN); });
t("lastIndexOf undefined pos", function () { return s.lastIndexOf("a", undefined); });
t("lastIndexOf -1", function () { return s.lastIndexOf("a", -1); });
t("lastIndexOf -Infinity", function () { return s.lastIndexOf("a", -Infinity); });
t("lastIndexOf Infinity", function () { return s.lastIndexOf("c", Infinity); });
t("lastIndexOf 4.9", function () { return s.lastIndexOf("b", 4.9); });
t("lastIndexOf whole", function () { return s.lastIndexOf(s); });
t("lastIndexOf overlap", function () { return "aaaa".lastIndexOf("aa"); });
t("lastIndexOf null pos", function () { return s.lastIndexOf("a", null); });
var u = "x\u20acy\ud83d\ude00\u20ac";
t("unicode indexOf", function () { return u.indexOf("\u20ac"); });
t("unicode lastIndexOf", function () { return u.lastIndexOf("\u20ac"); });
t("surrogate indexOf", function () { return u.indexOf("\ude00"); });
t("pair indexOf", function () { return u.indexOf("\ud83d\ude00"); });
t("latin1 in wide", function () { return u.indexOf("y"); });
t("wide in latin1", function () { return "abc".indexOf("\u20ac"); });
t("on number", function () { return String.prototype.indexOf.call(12345, 34); });
t("on null", function () { return String.prototype.indexOf.call(null, "a"); });
t("on undefined", function () { return String.prototype.lastIndexOf.call(undefined, "a"); });
t("lengths", function () { return String.prototype.indexOf.length + " " + String.prototype.lastIndexOf.length; });
