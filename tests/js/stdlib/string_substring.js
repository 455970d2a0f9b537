// String.prototype.substring (clamping, swapped arguments, NaN) and the
// Annex B substr (start from the end when negative, length handling).
function show(v) { return typeof v === "string" ? "\x27" + v + "\x27" : (v === 0 && 1 / v < 0 ? "-0" : String(v)); }
function t(label, f) { var r; try { r = show(f()); } catch (e) { r = "threw " + e.name; } print(label + ": " + r); }
function codes(s) { var r = []; for (var i = 0; i < s.length; i++) r.push(s.charCodeAt(i)); return r.join(" "); }

var s = "abcdef";
t("substring(1)", function () { return s.substring(1); });
t("substring(1,3)", function () { return s.substring(1, 3); });
t("substring(3,1)", function () { return s.substring(3, 1); });
t("substring(-2)", function () { return s.substring(-2); });
t("substring(-2,2)", function () { return s.substring(-2, 2); });
t("substring(2,-2)", function () { return s.substring(2, -2); });
t("substring(NaN,3)", function () { return s.substring(NaN, 3); });
t("substring(3,NaN)", function () { return s.substring(3, NaN); });
t("substring()", function () { return s.substring(); });
t("substring(undefined,2)", function () { return s.substring(undefined, 2); });
t("substring(2,undefined)", function () { return s.substring(2, undefined); });
t("substring(2,null)", function () { return s.substring(2, null); });
t("substring(100)", function () { return s.substring(100); });
t("substring(Infinity,1)", function () { return s.substring(Infinity, 1); });
t("substring(-Infinity,Infinity)", function () { return s.substring(-Infinity, Infinity); });
t("substring(1.7,4.2)", function () { return s.substring(1.7, 4.2); });
t("substring(-0,2)", function () { return s.substring(-0, 2); });
t("substring(2,2)", function () { return s.substring(2, 2); });
t("substring(2^32,1)", function () { return s.substring(4294967296, 1); });
t("substring empty", function () { return "".substring(1, 2); });
t("substr(1)", function () { return s.substr(1); });
t("substr(1,3)", function () { return s.substr(1, 3); });
t("substr(-3)", function () { return s.substr(-3); });
t("substr(-3,2)", function () { return s.substr(-3, 2); });
t("substr(-100,2)", function () { return s.substr(-100, 2); });
t("substr(2,-1)", function () { return s.substr(2, -1); });
t("substr(2,0)", function () { return s.substr(2, 0); });
t("substr(2,100)", function () { return s.substr(2, 100); });
t("substr(100)", function () { return s.substr(100); });
t("substr(6)", function () { return s.substr(6); });
t("substr()", function () { return s.substr(); });
t("substr(undefined,2)", function () { return s.substr(undefined, 2); });
t("substr(2,undefined)", function () { return s.substr(2, undefined); });
t("substr(2,null)", function () { return s.substr(2, null); });
t("substr(NaN,NaN)", function () { return s.substr(NaN, NaN); });
t("substr(1.9,2.9)", function () { return s.substr(1.9, 2.9); });
t("substr(-0,1)", function () { return s.substr(-0, 1); });
t("substr(-Infinity,2)", function () { return s.substr(-Infinity, 2); });
t("substr(1,Infinity)", function () { return s.substr(1, Infinity); });
t("substr(Infinity)", function () { return s.substr(Infinity); });
t("substr(1,2^32+1)", function () { return s.substr(1, 4294967297); });
t("substr empty", function () { return "".substr(0, 1); });
var u = "\u20ac\ud83d\ude00\u00e9";
t("unicode substring", function () { return u.substring(1, 3) === "\ud83d\ude00"; });
t("unicode substr", function () { return u.substr(-1); });
t("unicode substr codes", function () { return codes(u.substr(0, 2)); });
t("substring on number", function () { return String.prototype.substring.call(98765, 1, 3); });
t("substr on boolean", function () { return String.prototype.substr.call(false, 1, 2); });
t("substring on null", function () { return String.prototype.substring.call(null, 0); });
t("substr on undefined", function () { return String.prototype.substr.call(undefined, 0); });
t("lengths", function () { return String.prototype.substring.length + " " + String.prototype.substr.length; });
