// String.prototype.charAt and charCodeAt: positions converted with
// ToInteger (NaN, fractions, -0, huge values), out-of-range results,
// non-Latin-1 text, generic this and the error for null/undefined.
function show(v) { return typeof v === "string" ? "\x27" + v + "\x27" : (v === 0 && 1 / v < 0 ? "-0" : String(v)); }
function t(label, f) { var r; try { r = show(f()); } catch (e) { r = "threw " + e.name; } print(label + ": " + r); }
function codes(s) { var r = []; for (var i = 0; i < s.length; i++) r.push(s.charCodeAt(i)); return r.join(" "); }

var s = "abc";
t("charAt 0", function () { return s.charAt(0); });
t("charAt 2", function () { return s.charAt(2); });
t("charAt 3", function () { return s.charAt(3); });
t("charAt -1", function () { return s.charAt(-1); });
t("charAt none", function () { return s.charAt(); });
t("charAt NaN", function () { return s.charAt(NaN); });
t("charAt -0", function () { return s.charAt(-0); });
t("charAt 1.9", function () { return s.charAt(1.9); });
t("charAt -0.9", function () { return s.charAt(-0.9); });
t("charAt '2'", function () { return s.charAt("2"); });
t("charAt Infinity", function () { return s.charAt(Infinity); });
t("charAt -Infinity", function () { return s.charAt(-Infinity); });
t("charAt 2^32", function () { return s.charAt(4294967296); });
t("charAt 2^32+1", function () { return s.charAt(4294967297); });
t("charAt null", function () { return s.charAt(null); });
t("charAt true", function () { return s.charAt(true); });
t("charAt object", function () { return s.charAt({ valueOf: function () { return 1; } }); });
t("charAt empty", function () { return "".charAt(0); });
t("charCodeAt 0", function () { return s.charCodeAt(0); });
t("charCodeAt 2", function () { return s.charCodeAt(2); });
t("charCodeAt 3", function () { return s.charCodeAt(3); });
t("charCodeAt -1", function () { return s.charCodeAt(-1); });
t("charCodeAt none", function () { return s.charCodeAt(); });
t("charCodeAt NaN", function () { return s.charCodeAt(NaN); });
t("charCodeAt Infinity", function () { return s.charCodeAt(Infinity); });
t("charCodeAt empty", function () { return "".charCodeAt(0); });
var u = "\u00e9\u20ac\ud83d\ude00";
t("unicode length", function () { return u.length; });
t("unicode codes", function () { return codes(u); });
t("unicode charAt 1", function () { return u.charAt(1); });
t("unicode charAt 0", function () { return u.charAt(0); });
t("surrogate codes", function () { return u.charCodeAt(2) + " " + u.charCodeAt(3); });
t("surrogate charAt", function () { return codes(u.charAt(3)); });
t("on number", function () { return String.prototype.charAt.call(12345, 2); });
t("on boolean", function () { return String.prototype.charAt.call(true, 1); });
t("on object", function () { return String.prototype.charCodeAt.call({ toString: function () { return "xyz"; } }, 1); });
t("on array", function () { return String.prototype.charAt.call([1, 2], 1); });
t("on null", function () { return String.prototype.charAt.call(null, 0); });
t("on undefined", function () { return String.prototype.charCodeAt.call(undefined, 0); });
try { String.prototype.charAt.call(null); } catch (e) { print(e.name, e instanceof TypeError); }
t("throwing position", function () { return s.charAt({ valueOf: function () { throw new RangeError("p"); } }); });
t("length", function () { return String.prototype.charAt.length + " " + String.prototype.charCodeAt.length; });
