// parseFloat: the longest StrDecimalLiteral prefix after white space:
// fractions, exponents (with and without digits), Infinity, signs, -0,
// hex not recognised, NaN results, coercion, very long digit strings.
function show(v) { return typeof v === "string" ? "\x27" + v + "\x27" : (v === 0 && 1 / v < 0 ? "-0" : String(v)); }
function t(label, f) { var r; try { r = show(f()); } catch (e) { r = "threw " + e.name; } print(label + ": " + r); }
function codes(s) { var r = []; for (var i = 0; i < s.length; i++) r.push(s.charCodeAt(i)); return r.join(" "); }

t("plain", function () { return parseFloat("3.14"); });
t("ws", function () { return parseFloat(" \n\t\u3000 2.5 "); });
t("neg", function () { return parseFloat("-2.5"); });
t("plus", function () { return parseFloat("+.5"); });
t("-0", function () { return parseFloat("-0"); });
t("-0.0", function () { return parseFloat("-0.0e5"); });
t("trailing junk", function () { return parseFloat("3.14abc"); });
t("two dots", function () { return parseFloat("1.2.3"); });
t("leading dot", function () { return parseFloat(".25"); });
t("trailing dot", function () { return parseFloat("5."); });
t("dot only", function () { return parseFloat("."); });
t("dot e", function () { return parseFloat(".e1"); });
t("exp", function () { return parseFloat("1e3"); });
t("exp neg", function () { return parseFloat("1.5E-2"); });
t("exp plus", function () { return parseFloat("2e+2x"); });
t("exp no digits", function () { return parseFloat("1e"); });
t("exp sign no digits", function () { return parseFloat("1e+"); });
t("exp after dot", function () { return parseFloat("1.e2"); });
t("exp huge", function () { return parseFloat("1e400"); });
t("exp tiny", function () { return parseFloat("1e-400"); });
t("neg exp tiny", function () { return parseFloat("-1e-400"); });
t("hex", function () { return parseFloat("0x10"); });
t("Infinity", function () { return parseFloat("Infinity"); });
t("-Infinity", function () { return parseFloat("-Infinity"); });
t("+Infinityx", function () { return parseFloat("+Infinityx"); });
t("Infinit", function () { return parseFloat("Infinit"); });
t("infinity lower", function () { return parseFloat("infinity"); });
t("empty", function () { return parseFloat(""); });
t("ws only", function () { return parseFloat("  "); });
t("sign only", function () { return parseFloat("-"); });
t("letters", function () { return parseFloat("abc"); });
t("NaN text", function () { return parseFloat("NaN"); });
t("undefined", function () { return parseFloat(); });
t("null", function () { return parseFloat(null); });
t("true", function () { return parseFloat(true); });
t("number", function () { return parseFloat(1.5e-7); });
t("array", function () { return parseFloat([7.5, 8]); });
t("object", function () { return parseFloat({ toString: function () { return "6.25kg"; } }); });
t("leading zeros", function () { return parseFloat("000123.4500"); });
t("precision", function () { return parseFloat("0.1") + parseFloat("0.2"); });
t("max", function () { return parseFloat("1.7976931348623157e308"); });
t("min", function () { return parseFloat("5e-324"); });
t("long", function () { var s = "0."; for (var i = 0; i < 500; i++) s += "3"; return parseFloat(s); });
t("long int", function () { var s = ""; for (var i = 0; i < 300; i++) s += "9"; return parseFloat(s + "x"); });
t("unicode after", function () { return parseFloat("1.5\u20ac"); });
t("unicode minus", function () { return parseFloat("\u22121"); });
t("throwing arg", function () { return parseFloat({ toString: function () { throw new TypeError("x"); } }); });
t("length", function () { return parseFloat.length; });
