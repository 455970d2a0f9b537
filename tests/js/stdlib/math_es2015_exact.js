// Math.sign, trunc, fround, clz32 and imul (ES2015 20.2.2): computed
// without libm, in every profile (math_es2015.js has the libm ones).
function show(x) { return x === 0 && 1 / x < 0 ? '-0' : String(x); }
// sign and trunc keep -0 and NaN
print('sign', [3, -3, 0, -0, NaN, Infinity, -Infinity, '7', '-x'].map(function (x) { return show(Math.sign(x)); }).join(' '));
print('trunc', [4.7, -4.7, 0.5, -0.5, -0, 1e21, NaN, -Infinity, 2 ** 53 + 2].map(function (x) { return show(Math.trunc(x)); }).join(' '));

// fround: nearest float, ties to even; overflow to Infinity; tiny to 0
print('fround', [5.5, 5.05, 0.1, 1 / 3, -0, 3.4028235677973366e38, 3.4028236e38, 1e-46, 2 ** -149, 16777217, NaN].map(function (x) { return show(Math.fround(x)); }).join(' '));

// clz32 and imul on ToUint32 values
print('clz32', [0, 1, 0x80000000, 0xffffffff, -1, 2 ** 32, 3.9, NaN, '0x10'].map(Math.clz32).join(' '));
print('imul', Math.imul(2, 3), Math.imul(-1, 8), Math.imul(0xffffffff, 5), Math.imul(0x7fffffff, 0x7fffffff), Math.imul(2 ** 32 + 3, 4), Math.imul(), Math.imul(3));

try {
    Math.sign(Symbol());
} catch (e) {
    print('sign symbol', e.name);
}
print(Object.prototype.toString.call(Math), Math[Symbol.toStringTag]);
['clz32', 'fround', 'imul', 'sign', 'trunc'].forEach(function (k) {
    var d = Object.getOwnPropertyDescriptor(Math, k);
    print(k, Math[k].length, Math[k].name, d.writable, d.enumerable, d.configurable);
});
