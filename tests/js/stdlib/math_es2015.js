// Math functions of ES2015 (20.2.2). Numbers print with the shortest
// digits that read back as the same double, so a result one ulp off shows.
// These are the platform libm's: glibc's cbrt is often an ulp away from
// node's (V8 has its own), newlib's cosh(1) too, so those are checked
// within 2 ulp and only exact cases print.
var fns = ['acosh', 'asinh', 'atanh', 'cosh', 'expm1', 'log10', 'log1p', 'log2', 'sinh', 'tanh'];
var inputs = [0, -0, 0.5, -0.5, 1, -1, 2, 10, 1e-10, 0.1, 3.7, -3.7, 100, 1e300, Infinity, -Infinity, NaN];
fns.forEach(function (f) {
    // newlib's cosh(1) is an ulp above node's: checked within 2 ulp below
    // and its log2 of what is no power of two is too (log2 below)
    var xs = f === 'cosh' ? inputs.filter(function (x) { return x !== 1 && x !== -1; }) :
        f === 'log2' ? inputs.filter(function (x) { return x !== 10 && x !== 3.7 && x !== 100; }) : inputs;
    print(f, Math[f].length, xs.map(function (x) { var r = Math[f](x); return (r === 0 && 1 / r < 0) ? '-0' : String(r); }).join(' '));
});
// Within 2 ulp (relative 4.5e-16) of node's results, for libms that round
// differently from V8's.
function near(x, expected) { return Math.abs(x - expected) <= Math.abs(expected) * 4.5e-16; }
print('near', near(Math.cosh(1), 1.5430806348152437), near(Math.cosh(-1), 1.5430806348152437), near(Math.cbrt(2), 1.2599210498948732),
    near(Math.cbrt(-3.7), -1.5466803737720356), near(Math.cbrt(1e-10), 0.0004641588833612779), near(Math.cbrt(10), 2.154434690031884),
    near(Math.log2(10), 3.321928094887362), near(Math.log2(3.7), 1.8875252707415875), near(Math.log2(100), 6.643856189774724),
    near(Math.cosh(1), 1.5430806348152441), near(Math.cbrt(2), 1.25992104989488));
print('log2 powers', Math.log2(8), Math.log2(1024), Math.log2(0.125), Math.log2(2 ** -1074), Math.log2(2 ** 1023));
print('cbrt', Math.cbrt.length, Math.cbrt(27), Math.cbrt(-64), Math.cbrt(1000), Math.cbrt(0.125), Math.cbrt(1), Math.cbrt(-1), Math.cbrt(1e300), 1 / Math.cbrt(-0), Math.cbrt(-Infinity), Math.cbrt(NaN), Math.cbrt('8'));

function show(x) { return x === 0 && 1 / x < 0 ? '-0' : String(x); }
// hypot: variadic, every argument converted first, Infinity wins over NaN
print('hypot', Math.hypot(), Math.hypot(3, 4), Math.hypot(-3), Math.hypot(1, 2, 3), Math.hypot(1e200, 1e200), Math.hypot(1e-200, 1e-200), Math.hypot(NaN, Infinity), Math.hypot(-Infinity, NaN), Math.hypot(NaN, 1), show(Math.hypot(-0)), show(Math.hypot(-0, -0)), Math.hypot.length);
var order = [];
var a = { valueOf: function () { order.push('a'); return Infinity; } };
var b = { valueOf: function () { order.push('b'); return NaN; } };
print('hypot converts all', Math.hypot(a, b), order.join(''));
try {
    Math.hypot(Infinity, { valueOf: function () { throw new RangeError('from valueOf'); } });
} catch (e) {
    print('hypot throws', e.name, e.message);
}
