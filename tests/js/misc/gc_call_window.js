// Checks that values in a caller's registers above a call's arguments survive
// collections during the call (the torture build collects at every allocation).
function t(label, f) { var r; try { r = f(); } catch (e) { r = "threw " + e.name; } print(label + ": " + r); }
t("x", function () { return 1; });
var w = new String("Wrapped");
t("y", function () { return w.valueOf(); });
function many(a, b, c) { var tmp = [a, b, c].join("-"); return tmp + new String("!"); }
for (var i = 0; i < 3; i++) print(many("p" + i, { toString: function () { return "o"; } }, i * 2));
