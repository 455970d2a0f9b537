// parseInt: leading white space, signs, 0x prefixes, radix conversion
// (ToInt32: 0, 2..36, out of range, fractions, strings), stopping at the
// first invalid digit, NaN results, -0, big numbers, argument coercion.
function show(v) { return typeof v === "string" ? "\x27" + v + "\x27" : (v === 0 && 1 / v < 0 ? "-0" : String(v)); }
function t(label, f) { var r; try { r = show(f()); } catch (e) { r = "threw " + e.name; } print(label + ": " + r); }
function codes(s) { var r = []; for (var i = 0; i < s.length; i++) r.push(s.charCodeAt(i)); return r.join(" "); }

t("plain", function () { return parseInt("42"); });
t("ws", function () { return parseInt(" \t\n\u00a0\ufeff\u2028 42 "); });
t("neg", function () { return parseInt("-42"); });
t("plus", function () { return parseInt("+42"); });
t("-0", function () { return parseInt("-0"); });
t("trailing junk", function () { return parseInt("123abc"); });
t("float text", function () { return parseInt("3.99"); });
t("exp text", function () { return parseInt("1e3"); });
t("empty", function () { return parseInt(""); });
t("ws only", function () { return parseInt("   "); });
t("sign only", function () { return parseInt("-"); });
t("double sign", function () { return parseInt("--1"); });
t("sign space", function () { return parseInt("- 1"); });
t("letters", function () { return parseInt("abc"); });
t("hex", function () { return parseInt("0x1F"); });
t("HEX", function () { return parseInt("0XAbC"); });
t("neg hex", function () { return parseInt("-0x10"); });
t("hex radix 16", function () { return parseInt("0x10", 16); });
t("hex radix 10", function () { return parseInt("0x10", 10); });
t("hex empty", function () { return parseInt("0x"); });
t("hex junk", function () { return parseInt("0xg"); });
t("octal-looking", function () { return parseInt("010"); });
t("radix 2", function () { return parseInt("1012", 2); });
t("radix 8", function () { return parseInt("777", 8); });
t("radix 36", function () { return parseInt("Zz", 36); });
t("radix 37", function () { return parseInt("10", 37); });
t("radix 1", function () { return parseInt("10", 1); });
t("radix 0", function () { return parseInt("10", 0); });
t("radix -1", function () { return parseInt("10", -1); });
t("radix 16.9", function () { return parseInt("ff", 16.9); });
t("radix '16'", function () { return parseInt("ff", "16"); });
t("radix NaN", function () { return parseInt("11", NaN); });
t("radix 2^32+16", function () { return parseInt("ff", 4294967312); });
t("radix Infinity", function () { return parseInt("11", Infinity); });
t("radix 3", function () { return parseInt("2103", 3); });
t("radix 10 stops", function () { return parseInt("9a", 10); });
t("radix 11", function () { return parseInt("aA", 11); });
t("number arg", function () { return parseInt(15.99); });
t("tiny number", function () { return parseInt(0.0000005); });
t("big number", function () { return parseInt(1e21); });
t("undefined", function () { return parseInt(); });
t("null", function () { return parseInt(null); });
t("null radix 36", function () { return parseInt(null, 36); });
t("Infinity", function () { return parseInt("Infinity"); });
t("object", function () { return parseInt({ toString: function () { return "77"; } }); });
t("long decimal", function () { return parseInt("123456789012345678901234567890"); });
t("2^53+1", function () { return parseInt("9007199254740993"); });
t("many digits", function () { var s = "1"; for (var i = 0; i < 400; i++) s += "0"; return parseInt(s); });
t("big binary", function () { return parseInt("11111111111111111111111111111111111111111111111111111111111", 2); });
t("binary round even", function () { return parseInt("100000000000000000000000000000000000000000000000000011", 2); });
t("binary round up", function () { return parseInt("1000000000000000000000000000000000000000000000000000011", 2); });
t("big hex", function () { return parseInt("0xFFFFFFFFFFFFFFFFF"); });
t("hex 2^53+1", function () { return parseInt("20000000000001", 16); });
t("radix 32", function () { return parseInt("vvvv", 32); });
t("unicode digits", function () { return parseInt("\u0661\u0662"); });
t("fullwidth", function () { return parseInt("\uff11"); });
t("after unicode", function () { return parseInt("12\u20ac34"); });
t("throwing arg", function () { return parseInt({ toString: function () { throw new RangeError("x"); } }); });
var order = [];
t("order", function () {
  parseInt({ toString: function () { order.push("string"); return "1"; } }, { valueOf: function () { order.push("radix"); return 10; } });
  return order.join(",");
});
t("length", function () { return parseInt.length; });
