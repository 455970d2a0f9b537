// Number <-> text conversion by the engine's own code: shortest round-trip
// digits at the extremes, exact toFixed/toExponential/toPrecision, long
// numeric strings and literals (correctly rounded for any length), hex
// beyond 2^53, parseFloat prefixes and JSON numbers.
function zeros(n) { return new Array(n + 1).join("0"); }
var half = "2.4703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125";

// ToString(Number): shortest digits, layout thresholds.
print(5e-324, -5e-324, 1e-323, 2.2250738585072014e-308, 2.225073858507201e-308);
print(1.7976931348623157e308, -1.7976931348623157e308, 1.7976931348623155e308);
print(1e21, 999999999999999900000, 1e-7, 0.000001, 1.2345e-7, 0.0000012345);
print(0.1 + 0.2, 1 / 3, 2 / 3, 100 / 3, Math.PI, Math.E, -0, 1e16 + 2);
print(Math.pow(2, 53), Math.pow(2, 63), Math.pow(2, 64), Math.pow(2, 70), Math.pow(2, -1074) * 3);
var p = 1;
var tens = [];
for (var i = 0; i < 25; i++) { tens.push(p); p *= 10; }
print(tens.join(" "));
p = 1;
tens = [];
for (var i = 0; i < 25; i++) { tens.push(p); p /= 10; }
print(tens.join(" "));
print(1e22, 1e23, 1e300, 1e-300, 1e308, 1e-308, 1e-320);

// String to number: long inputs and exact midpoints.
print(Number(half + "e-324"), Number(half.slice(0, -1) + "e-324"), Number(half + "0000000000000001e-324"));
print(Number("0." + zeros(400) + "1e401"), Number("1" + zeros(400) + "e-400"));
print(Number("9007199254740993"), Number("9007199254740993.0000000000000000000000000000001"), Number("9007199254740995"));
print(Number("1.7976931348623157e308"), Number("1.7976931348623158e308"), Number("1.7976931348623159e308"), Number("1e309"));
print(Number("0x20000000000001"), Number("0x20000000000003"), Number("0x200000000000011"), Number("0xfffffffffffffffff"));
print(Number("  .5  "), Number("5."), Number("+.5e-3"), Number("."), Number("1e"), Number("-0x10"), 1 / Number("-0"));
print(parseFloat("3.14abc"), parseFloat("-.5e-3x"), parseFloat("1e"), parseFloat("1e+"), parseFloat(".e1"), parseFloat("-Infinityx"));
print(parseFloat(half + "1e-324"), parseFloat("1" + zeros(330)), parseFloat("0.0000001234567890123456789"));
print(parseInt("123456789012345678901234567890"), parseInt("1" + zeros(30), 16), parseInt("777777777777777777777", 8));
print(JSON.parse("[1e-7, -0.1, 12345678901234567890, 2.2250738585072011e-308, 5e-324, 1.5e300]").join(" "));
print(0x20000000000001, 0x20000000000003, 0x1fffffffffffff8, 4.9406564584124654e-324, 2.4703282292062328e-324);
print(123456789012345678901234567890, 0.1000000000000000055511151231257827021181583404541015625);
print(0.30000000000000004440892098500626161694526672363281250000000000000000000000000001);

// toFixed, toExponential, toPrecision: exact, ties (of the exact binary value) up.
print((1.005).toFixed(2), (1.255).toFixed(2), (0.125).toFixed(2), (0.375).toFixed(2), (2.5).toFixed(0), (-2.5).toFixed(0));
print((1e-7).toFixed(7), (1e-7).toFixed(6), (999.9996).toFixed(3), (0.000001).toFixed(5), (5e-324).toFixed(3));
print((123.456).toFixed(50));
print((1.7976931348623157e308).toExponential(), (5e-324).toExponential(), (5e-324).toExponential(3), (1.7976931348623157e308).toExponential(20));
print((0.125).toExponential(1), (0.375).toExponential(1), (9.5).toExponential(0), (99.5).toExponential(1), (1).toExponential(5));
print((123456).toExponential(2), (-0.00001234).toExponential(), (0).toExponential(2), (1e21).toExponential());
print((1 / 3).toExponential(100));
print((0.1).toPrecision(21), (0.125).toPrecision(2), (9.95).toPrecision(2), (99.95).toPrecision(3), (1e21).toPrecision(3));
print((123.456).toPrecision(1), (123.456).toPrecision(3), (123.456).toPrecision(4), (0.000001234).toPrecision(2), (0.0000001234).toPrecision(2));
print((5e-324).toPrecision(100));
print((1.7976931348623157e308).toPrecision(30), (2.2250738585072014e-308).toPrecision(25));

// toString(radix).
print((255).toString(16), (-255).toString(2), (0.5).toString(2), (0.1).toString(3), (Math.pow(2, 60)).toString(36));
print((1e21).toString(7), (1.7976931348623157e308).toString(36).length, (5e-324).toString(2).length);
