// BigInt64Array, BigUint64Array and DataView's BigInt accessors (ES2020):
// elements are BigInts modulo 2^64; numbers and BigInts never mix.
function t(f) {
  try { return String(f()); } catch (e) { return e.name; }
}
var a = new BigInt64Array(4), u = new BigUint64Array([1n, 2n ** 64n - 1n, 2n ** 64n, -1n]);
a[0] = -1n; a[1] = 2n ** 63n; a[2] = 2n ** 64n + 5n; a[3] = '42';
print(a.join(), u.join(), a.length, a.byteLength, BigInt64Array.BYTES_PER_ELEMENT, BigUint64Array.name, typeof a[0]);
print(t(function () { a[0] = 1; }), t(function () { return new BigInt64Array([1]); }), t(function () { a.fill(0); }),
      t(function () { return new Int8Array(a); }), t(function () { return new BigInt64Array(new Int8Array(2)); }),
      t(function () { new Float64Array(2).set(u); }), t(function () { u.set([1]); }), t(function () { return a.with(0, 1); }));
print(a[0], a[9], u.at(-1), a.indexOf(-1n), a.indexOf(18446744073709551615n), u.indexOf(18446744073709551615n), u.includes(0n),
      a.includes(5n), a.lastIndexOf(42n), a.indexOf(42));
var s = BigInt64Array.from([5n, -3n, 2n ** 62n, -(2n ** 63n), 0n]);
print(s.slice().sort().join(), s.slice().sort(function (x, y) { return x < y ? 1 : x > y ? -1 : 0; }).join(),
      new BigUint64Array([3n, 2n ** 63n, 1n]).sort().join(), s.toSorted().join(), s.toReversed().join());
print(s.map(function (x) { return x * 2n; }).join(), s.filter(function (x) { return x > 0n; }).join(),
      s.reduce(function (p, x) { return p + x; }, 0n), s.subarray(1, 3).join(), s.with(0, -7n).join(), s.fill(9n, 3).join());
var b = new BigInt64Array(new BigUint64Array([2n ** 64n - 2n, 7n]));
print(b.join(), new BigUint64Array(b.buffer, 8, 1)[0], BigUint64Array.of(1n, 2n).join(), Object.prototype.toString.call(b));
var dv = new DataView(new ArrayBuffer(16));
dv.setBigInt64(0, -2n);
dv.setBigUint64(8, 0x0102030405060708n, true);
print(dv.getBigInt64(0), dv.getBigUint64(0), dv.getBigUint64(8, true), dv.getBigUint64(8), dv.getUint8(8), dv.getInt32(0));
print(t(function () { dv.setBigInt64(0, 1); }), t(function () { dv.setInt32(0, 1n); }), t(function () { return dv.getBigInt64(9); }),
      DataView.prototype.getBigInt64.length, DataView.prototype.setBigUint64.length);
dv.setBigInt64(0, 2n ** 63n + 1n, false);
print(dv.getBigInt64(0), dv.getBigUint64(0, false), new BigInt64Array(dv.buffer, 0, 1)[0]);
print(Object.keys(new BigInt64Array(2)).join(), JSON.stringify(Object.getOwnPropertyNames(BigInt64Array.prototype)));
