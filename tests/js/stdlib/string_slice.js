// String.prototype.slice: negative positions count from the end, missing
// or undefined end, NaN, Infinity, fractions, start after end, empty
// strings, non-Latin-1 text, generic this and errors.
function show(v) { return typeof v === "string" ? "\x27" + v + "\x27" : (v === 0 && 1 / v < 0 ? "-0" : String(v)); }
function t(label, f) { var r; try { r = show(f()); } catch (e) { r = "threw " + e.name; } print(label + ": " + r); }
function codes(s) { var r = []; for (var i = 0; i < s.length; i++) r.push(s.charCodeAt(i)); return r.join(" "); }

var s = "abcdef";
t("(1)", function () { return s.slice(1); });
t("(1,3)", function () { return s.slice(1, 3); });
t("(-2)", function () { return s.slice(-2); });
t("(-4,-1)", function () { return s.slice(-4, -1); });
t("(2,-2)", function () { return s.slice(2, -2); });
t("(-100)", function () { return s.slice(-100); });
t("(-100,2)", function () { return s.slice(-100, 2); });
t("(4,2)", function () { return s.slice(4, 2); });
t("(6)", function () { return s.slice(6); });
t("(100)", function () { return s.slice(100); });
t("()", function () { return s.slice(); });
t("(undefined,3)", function () { return s.slice(undefined, 3); });
t("(0,undefined)", function () { return s.slice(0, undefined); });
t("(0,null)", function () { return s.slice(0, null); });
t("(NaN,NaN)", function () { return s.slice(NaN, NaN); });
t("(NaN)", function () { return s.slice(NaN); });
t("(1.5,3.9)", function () { return s.slice(1.5, 3.9); });
t("(-1.5)", function () { return s.slice(-1.5); });
t("(-0)", function () { return s.slice(-0); });
t("(0,-0)", function () { return s.slice(0, -0); });
t("(-Infinity,Infinity)", function () { return s.slice(-Infinity, Infinity); });
t("(Infinity)", function () { return s.slice(Infinity); });
t("('2','4')", function () { return s.slice("2", "4"); });
t("(2^32)", function () { return s.slice(4294967296); });
t("(-2^32)", function () { return s.slice(-4294967296); });
t("(0,2^32+1)", function () { return s.slice(0, 4294967297); });
t("empty", function () { return "".slice(0, 5); });
t("empty neg", function () { return "".slice(-1); });
var u = "\u00e9\u20ac\ud83d\ude00z";
t("unicode (1,2)", function () { return u.slice(1, 2); });
t("unicode (-1)", function () { return u.slice(-1); });
t("unicode pair", function () { return u.slice(2, 4) === "\ud83d\ude00"; });
t("unicode half", function () { return codes(u.slice(3, 4)); });
t("unicode to latin1", function () { return codes(u.slice(0, 1)); });
t("on number", function () { return String.prototype.slice.call(123456, 2, 4); });
t("on object", function () { return String.prototype.slice.call({}, 1, 7); });
t("on null", function () { return String.prototype.slice.call(null, 0); });
t("on undefined", function () { return String.prototype.slice.call(undefined); });
var order = [];
t("conversion order", function () {
  String.prototype.slice.call({ toString: function () { order.push("this"); return "abc"; } },
    { valueOf: function () { order.push("start"); return 0; } },
    { valueOf: function () { order.push("end"); return 1; } });
  return order.join(",");
});
t("length", function () { return String.prototype.slice.length; });
