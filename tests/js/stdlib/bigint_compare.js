// BigInt comparisons and conversions (ES2020): ==, ===, relational
// comparisons with numbers and strings, ToBoolean, ToString, ToNumber.
function t(f) {
  try { return String(f()); } catch (e) { return e.name; }
}
var left = [0n, 1n, -1n, 2n ** 53n, 2n ** 53n + 1n, -(2n ** 64n), 2n ** 1024n];
var right = [0, -0, 1, 1.5, -1, -0.5, 9007199254740992, 9007199254740993, 2 ** 64, -(2 ** 64),
             Infinity, -Infinity, NaN, 1.7976931348623157e308, '1', ' 2 ', '0x10', '-1', '1.5', 'abc', '', '1n',
             true, false, null, undefined, 1n, 2n ** 53n + 1n];
for (var i = 0; i < left.length; i++) {
  var a = left[i], out = [];
  for (var j = 0; j < right.length; j++) {
    var b = right[j];
    out.push([a == b ? 1 : 0, a != b ? 1 : 0, a === b ? 1 : 0, a < b ? 1 : 0, a <= b ? 1 : 0, a > b ? 1 : 0,
              a >= b ? 1 : 0, b < a ? 1 : 0, b == a ? 1 : 0].join(''));
  }
  print(String(a).length > 30 ? '2**1024' : String(a), out.join(' '));
}
print(0n ? 1 : 0, 1n ? 1 : 0, -1n ? 1 : 0, !0n, !!(2n ** 64n), 0n || 'x', 3n && 'y', 0n ?? 'z');
print(typeof 0n, typeof Object(0n), typeof BigInt, 1n === 1n, 2n ** 64n === 2n ** 64n, 1n === 1, Object.is(0n, -0n));
print([1n, 2n, 3n].indexOf(2n), [1n, 2n, 3n].includes(3n), [0n].includes(0), [NaN, 0n].lastIndexOf(0n));
switch (5n) { case 5: print('number case'); break; case 5n: print('bigint case'); break; }
print(t(function () { return Number(2n ** 64n); }), Number(-(2n ** 53n) - 1n), Number(2n ** 1024n), Number(2n ** 1023n * 3n / 2n));
print(Number(9007199254740993n), Number(9007199254740995n), Number(18014398509481983n), Number(-123n));
print(t(function () { return 1n * 1.5; }), t(function () { return isNaN(1n); }), t(function () { return Math.max(1n); }));
print(parseInt('12n'), parseFloat('3n'), Number('1n'), String(123n), (12n).toString(), String([1n, [2n]]));
var o = {}; o[5n] = 'five'; o[-1n] = 'minus'; o[2n ** 64n] = 'big';
print(Object.keys(o).join(','), o[5], o['-1'], o['18446744073709551616']);
var m = new Map(); m.set(1n, 'a'); m.set(2n ** 64n, 'b'); m.set(1, 'c');
print(m.get(1n), m.get(2n ** 64n), m.get(1), m.has(2n), m.size);
var s = new Set([0n, -0n, 1n, 10n ** 30n, 10n ** 30n]);
print(s.size, s.has(0n), s.has(10n ** 30n));
