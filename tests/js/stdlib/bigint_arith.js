// BigInt arithmetic (ES2020 6.1.6.2): every binary and unary operator,
// with values of one limb and of many, signs, and the errors.
function t(f) {
  try { return String(f()); } catch (e) { return e.name; }
}
var vals = [0n, 1n, -1n, 7n, -7n, 4294967295n, 4294967296n, -4294967296n,
            2n ** 64n - 1n, -(2n ** 64n), 123456789012345678901234567890n,
            -98765432109876543210987654321098765432109876543210n];
var ops = {
  add: function (a, b) { return a + b; }, sub: function (a, b) { return a - b; },
  mul: function (a, b) { return a * b; }, div: function (a, b) { return a / b; },
  mod: function (a, b) { return a % b; }, and: function (a, b) { return a & b; },
  or: function (a, b) { return a | b; }, xor: function (a, b) { return a ^ b; }
};
for (var name in ops) {
  var out = [];
  for (var i = 0; i < vals.length; i++)
    for (var j = 0; j < vals.length; j++) out.push(t(function () { return ops[name](vals[i], vals[j]); }));
  print(name, out.join(' '));
}
// Shifts, both ways and past the width.
var shifts = [0n, 1n, 31n, 32n, 33n, 64n, 100n, -1n, -32n, -100n];
for (var i = 0; i < vals.length; i++) {
  var out = [];
  for (var j = 0; j < shifts.length; j++) out.push(t(function () { return vals[i] << shifts[j]; }), t(function () { return vals[i] >> shifts[j]; }));
  print('shift', String(vals[i]), out.join(' '));
}
// Exponents.
print(2n ** 0n, 0n ** 0n, (-2n) ** 63n, (-3n) ** 40n, 10n ** 50n, (-1n) ** 1000001n, 0n ** 5n, 7n ** 1n);
print(t(function () { return 2n ** -1n; }), t(function () { return 0n ** -1n; }));
print(t(function () { return 1n / 0n; }), t(function () { return 0n % 0n; }), t(function () { return 1n >>> 1n; }));
// Unary operators and updates.
var u = [0n, 5n, -5n, 4294967295n, -4294967296n, 2n ** 70n];
print(u.map(function (x) { return -x; }).join(' '));
print(u.map(function (x) { return ~x; }).join(' '));
print(u.map(function (x) { var y = x; y++; return y; }).join(' '));
print(u.map(function (x) { var y = x; --y; return y; }).join(' '));
var p = 9n, q = p++, r = p--;
print(p, q, r, typeof q);
var o = { v: 1n };
o.v++; o.v += 10n; o.v *= 3n; o.v **= 2n; o.v -= 1n; o.v <<= 2n; o.v >>= 1n; o.v &= 0xffffn; o.v |= 1n; o.v ^= 3n; o.v /= 2n; o.v %= 1000n;
print(o.v);
print(t(function () { return +1n; }), t(function () { var x = 1n; return +x; }));
// Mixing with numbers is a TypeError; with strings it concatenates.
print(t(function () { return 1n + 1; }), t(function () { return 1 * 1n; }), t(function () { return 1n - undefined; }),
      t(function () { return 1n | 0; }), t(function () { return 1n << 1; }), t(function () { return Math.abs(1n); }));
print(1n + '', '' + -2n, 'x' + 2n ** 80n, `${-0n}${10n}`, [1n, 2n].join('-'));
// Objects convert through valueOf first.
var w = { valueOf: function () { return 6n; } };
print(w * 7n, w + 1n, -w, ~w, w > 5n, Object(3n) + 4n);
// Division rounds toward zero; the remainder takes the dividend's sign.
var big = 2n ** 300n + 12345n, dv = 3n ** 70n + 7n;
print(big / dv, big % dv, (-big) / dv, (-big) % dv, big / -dv, (big / dv) * dv + big % dv === big);
print((2n ** 128n - 1n) / (2n ** 64n - 1n), (2n ** 128n) % (2n ** 64n + 1n), (10n ** 40n) / (10n ** 20n - 1n));
