// Math functions of ES2015 (20.2.2). Numbers print with the shortest
// digits that read back as the same double, so a result one ulp off shows.
// cbrt is the platform libm's: glibc's is often an ulp away from node's
// (V8 has its own), so only its exact cases are here.
var fns = ['acosh', 'asinh', 'atanh', 'cosh', 'expm1', 'log10', 'log1p', 'log2', 'sinh', 'tanh'];
var inputs = [0, -0, 0.5, -0.5, 1, -1, 2, 10, 1e-10, 0.1, 3.7, -3.7, 100, 1e300, Infinity, -Infinity, NaN];
fns.forEach(function (f) {
    print(f, Math[f].length, inputs.map(function (x) { var r = Math[f](x); return (r === 0 && 1 / r < 0) ? '-0' : String(r); }).join(' '));
});
print('cbrt', Math.cbrt.length, Math.cbrt(27), Math.cbrt(-64), Math.cbrt(1000), Math.cbrt(0.125), Math.cbrt(1), Math.cbrt(-1), Math.cbrt(1e300), 1 / Math.cbrt(-0), Math.cbrt(-Infinity), Math.cbrt(NaN), Math.cbrt('8'));

function show(x) { return x === 0 && 1 / x < 0 ? '-0' : String(x); }
// sign and trunc keep -0 and NaN
print('sign', [3, -3, 0, -0, NaN, Infinity, -Infinity, '7', '-x'].map(function (x) { return show(Math.sign(x)); }).join(' '));
print('trunc', [4.7, -4.7, 0.5, -0.5, -0, 1e21, NaN, -Infinity, 2 ** 53 + 2].map(function (x) { return show(Math.trunc(x)); }).join(' '));

// fround: nearest float, ties to even; overflow to Infinity; tiny to 0
print('fround', [5.5, 5.05, 0.1, 1 / 3, -0, 3.4028235677973366e38, 3.4028236e38, 1e-46, 2 ** -149, 16777217, NaN].map(function (x) { return show(Math.fround(x)); }).join(' '));

// clz32 and imul on ToUint32 values
print('clz32', [0, 1, 0x80000000, 0xffffffff, -1, 2 ** 32, 3.9, NaN, '0x10'].map(Math.clz32).join(' '));
print('imul', Math.imul(2, 3), Math.imul(-1, 8), Math.imul(0xffffffff, 5), Math.imul(0x7fffffff, 0x7fffffff), Math.imul(2 ** 32 + 3, 4), Math.imul(), Math.imul(3));

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
try {
    Math.sign(Symbol());
} catch (e) {
    print('sign symbol', e.name);
}
print(Object.prototype.toString.call(Math), Math[Symbol.toStringTag]);
