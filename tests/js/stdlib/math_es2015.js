// Math functions of ES2015 (20.2.2) that call the platform's libm. Libms
// differ in the last bit (glibc on x86-64 and on i386, newlib on the boards,
// V8's own in node), so results print with 14 significant digits, which
// catches any error above some 20 ulp, and special values (zeros, infinities,
// NaN, integers) exactly; a few results are checked within 2 ulp below.
var fns = ['acosh', 'asinh', 'atanh', 'cosh', 'expm1', 'log10', 'log1p', 'log2', 'sinh', 'tanh'];
var inputs = [0, -0, 0.5, -0.5, 1, -1, 2, 10, 1e-10, 0.1, 3.7, -3.7, 100, 1e300, Infinity, -Infinity, NaN];
function show(x) {
    if (x === 0 && 1 / x < 0) return '-0';
    if (x !== x || x === Infinity || x === -Infinity || x === Math.floor(x)) return String(x);
    return x.toPrecision(14);
}
for (var i = 0; i < fns.length; i++) {
    var out = [];
    for (var k = 0; k < inputs.length; k++) out.push(show(Math[fns[i]](inputs[k])));
    print(fns[i], Math[fns[i]].length, out.join(' '));
}
// Within 2 ulp of node's results, for libms that round differently from V8's.
function ulp(x) {
    var p = 1, a = Math.abs(x);
    while (p * 2 <= a) p *= 2;
    while (p > a) p /= 2;
    return p * Math.pow(2, -52);
}
function near(x, expected) { return Math.abs(x - expected) <= 2 * ulp(expected); }
print('near', near(Math.cosh(1), 1.5430806348152437), near(Math.cosh(-1), 1.5430806348152437), near(Math.cbrt(2), 1.2599210498948732),
    near(Math.cbrt(-3.7), -1.5466803737720356), near(Math.cbrt(1e-10), 0.0004641588833612779), near(Math.cbrt(10), 2.154434690031884),
    near(Math.log2(10), 3.321928094887362), near(Math.log2(3.7), 1.8875252707415875), near(Math.log2(100), 6.643856189774724),
    near(Math.acosh(10), 2.993222846126381), near(Math.asinh(2), 1.4436354751788103), near(Math.atanh(0.5), 0.5493061443340548),
    near(Math.expm1(1), 1.718281828459045), near(Math.log1p(2), 1.0986122886681096), near(Math.sinh(3.7), 20.21129041679853),
    near(Math.tanh(0.5), 0.46211715726000974), near(Math.log10(3.7), 0.568201724066995), near(Math.hypot(1, 2, 3), 3.741657386773941),
    // (and 3 ulp away is not near)
    near(Math.log2(8), 3 + 3 * ulp(3)), near(Math.cbrt(2), 1.25992104989488));
print('log2 powers', Math.log2(8), Math.log2(1024), Math.log2(0.125), Math.log2(2 ** -1074), Math.log2(2 ** 1023));
print('cbrt', Math.cbrt.length, Math.cbrt(27), Math.cbrt(-64), Math.cbrt(1000), Math.cbrt(0.125), Math.cbrt(1), Math.cbrt(-1), Math.cbrt(1e300), 1 / Math.cbrt(-0), Math.cbrt(-Infinity), Math.cbrt(NaN), Math.cbrt('8'));

// hypot: variadic, every argument converted first, Infinity wins over NaN
print('hypot', Math.hypot(), Math.hypot(3, 4), Math.hypot(-3), show(Math.hypot(1, 2, 3)), show(Math.hypot(1e200, 1e200)), show(Math.hypot(1e-200, 1e-200)), Math.hypot(NaN, Infinity), Math.hypot(-Infinity, NaN), Math.hypot(NaN, 1), show(Math.hypot(-0)), show(Math.hypot(-0, -0)), Math.hypot.length);
var order = [];
var a = { valueOf: function () { order.push('a'); return Infinity; } };
var b = { valueOf: function () { order.push('b'); return NaN; } };
print('hypot converts all', Math.hypot(a, b), order.join(''));
try {
    Math.hypot(Infinity, { valueOf: function () { throw new RangeError('from valueOf'); } });
} catch (e) {
    print('hypot throws', e.name, e.message);
}
