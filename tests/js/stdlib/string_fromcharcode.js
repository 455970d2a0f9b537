// String.fromCharCode: ToUint16 of each argument (wrap-around, negative,
// fractions, NaN), no arguments, many arguments, surrogate halves.
function show(v) { return typeof v === "string" ? "\x27" + v + "\x27" : (v === 0 && 1 / v < 0 ? "-0" : String(v)); }
function t(label, f) { var r; try { r = show(f()); } catch (e) { r = "threw " + e.name; } print(label + ": " + r); }
function codes(s) { var r = []; for (var i = 0; i < s.length; i++) r.push(s.charCodeAt(i)); return r.join(" "); }

t("none", function () { return String.fromCharCode(); });
t("ascii", function () { return String.fromCharCode(72, 101, 108, 108, 111); });
t("latin1", function () { return String.fromCharCode(233, 255); });
t("euro", function () { return String.fromCharCode(0x20ac); });
t("pair", function () { return codes(String.fromCharCode(0xd83d, 0xde00)); });
t("pair text", function () { return String.fromCharCode(0xd83d, 0xde00) === "\ud83d\ude00"; });
t("65536+65", function () { return String.fromCharCode(65536 + 65); });
t("-1", function () { return codes(String.fromCharCode(-1)); });
t("65.9", function () { return String.fromCharCode(65.9); });
t("-65.9", function () { return codes(String.fromCharCode(-65.9)); });
t("NaN", function () { return codes(String.fromCharCode(NaN)); });
t("Infinity", function () { return codes(String.fromCharCode(Infinity)); });
t("strings", function () { return String.fromCharCode("66", "0x43"); });
t("undefined", function () { return codes(String.fromCharCode(undefined)); });
t("2^32+66", function () { return String.fromCharCode(4294967296 + 66); });
t("object", function () { return String.fromCharCode({ valueOf: function () { return 97; } }); });
t("throwing", function () { return String.fromCharCode(65, { valueOf: function () { throw new TypeError("x"); } }); });
t("zero", function () { return codes(String.fromCharCode(0)); });
t("zero length", function () { return String.fromCharCode(0, 0).length; });
var many = [];
for (var i = 0; i < 1000; i++) many.push(97 + i % 26);
t("apply 1000", function () { var r = String.fromCharCode.apply(null, many); return r.length + " " + r.slice(0, 30); });
t("length", function () { return String.fromCharCode.length; });
t("typeof", function () { return typeof String.fromCharCode; });
