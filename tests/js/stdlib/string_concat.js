// String.prototype.concat: any number of arguments converted with
// ToString, generic this, empty strings, non-Latin-1 text, errors.
function show(v) { return typeof v === "string" ? "\x27" + v + "\x27" : (v === 0 && 1 / v < 0 ? "-0" : String(v)); }
function t(label, f) { var r; try { r = show(f()); } catch (e) { r = "threw " + e.name; } print(label + ": " + r); }
function codes(s) { var r = []; for (var i = 0; i < s.length; i++) r.push(s.charCodeAt(i)); return r.join(" "); }

t("none", function () { return "abc".concat(); });
t("one", function () { return "abc".concat("def"); });
t("many", function () { return "a".concat("b", "c", "d", "e"); });
t("values", function () { return "".concat(1, true, null, undefined, 2.5, -0, NaN); });
t("objects", function () { return "x".concat({}, [1, 2], { toString: function () { return "T"; } }); });
t("empty", function () { return "".concat("", ""); });
t("unicode", function () { return "\u20ac".concat("\ud83d", "\ude00") === "\u20ac\ud83d\ude00"; });
t("latin1+wide", function () { return codes("\u00ff".concat("\u0100")); });
t("on number", function () { return String.prototype.concat.call(12, 34); });
t("on array", function () { return String.prototype.concat.call([1, 2], [3]); });
t("on null", function () { return String.prototype.concat.call(null, "a"); });
t("on undefined", function () { return String.prototype.concat.call(undefined); });
var order = [];
t("order", function () {
  "s".concat({ toString: function () { order.push(1); return "a"; } }, { toString: function () { order.push(2); return "b"; } });
  return order.join(",");
});
t("throwing arg", function () { return "s".concat("ok", { toString: function () { throw new RangeError("no"); } }); });
t("length", function () { return String.prototype.concat.length; });
var big = "x";
for (var i = 0; i < 16; i++) big = big.concat(big);
t("doubled", function () { return big.length; });
