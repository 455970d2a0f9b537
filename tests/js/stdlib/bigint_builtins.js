// BigInt(), BigInt.asIntN/asUintN, BigInt.prototype and the wrapper
// objects (ES2020 21.2); JSON.stringify of a BigInt.
function t(f) {
  try { return String(f()); } catch (e) { return e.name; }
}
print(BigInt(0), BigInt(-0), BigInt(42), BigInt(-1e21), BigInt(2 ** 100), BigInt(Number.MAX_SAFE_INTEGER), BigInt(-Number.MAX_VALUE) < 0n);
print(BigInt(true), BigInt(false), BigInt(''), BigInt('  \n 123 \t'), BigInt('-45'), BigInt('+7'), BigInt('0x1F'), BigInt('0o17'),
      BigInt('0B101'), BigInt('000123'), BigInt('123456789012345678901234567890'));
print(t(function () { return BigInt(1.5); }), t(function () { return BigInt(NaN); }), t(function () { return BigInt(Infinity); }),
      t(function () { return BigInt('1.5'); }), t(function () { return BigInt('1e3'); }), t(function () { return BigInt('-0x1'); }),
      t(function () { return BigInt('1n'); }), t(function () { return BigInt('0x'); }), t(function () { return BigInt('1_000'); }),
      t(function () { return BigInt(undefined); }), t(function () { return BigInt(null); }), t(function () { return BigInt(Symbol()); }),
      t(function () { return BigInt({}); }), t(function () { return new BigInt(1); }), t(function () { return BigInt(); }));
print(BigInt({ valueOf: function () { return 5; } }), BigInt({ toString: function () { return '77'; } }), BigInt(Object(9n)));
print(BigInt.length, BigInt.name, BigInt.asIntN.length, BigInt.asUintN.name, typeof BigInt.prototype, BigInt.prototype.constructor === BigInt);
print(Object.prototype.toString.call(1n), Object.prototype.toString.call(Object(1n)), BigInt.prototype[Symbol.toStringTag]);
// asIntN / asUintN.
var xs = [0n, 1n, -1n, 127n, 128n, 255n, 256n, -128n, -129n, 2n ** 63n, 2n ** 64n - 1n, -(2n ** 63n), 2n ** 100n + 5n, -(2n ** 100n) - 5n];
var widths = [0, 1, 7, 8, 31, 32, 33, 63, 64, 65, 200];
for (var i = 0; i < xs.length; i++) {
  var out = [];
  for (var j = 0; j < widths.length; j++) out.push(BigInt.asIntN(widths[j], xs[i]) + '/' + BigInt.asUintN(widths[j], xs[i]));
  print(String(xs[i]), out.join(' '));
}
print(BigInt.asIntN(2 ** 53 - 1, -5n), BigInt.asUintN(2 ** 53 - 1, 5n), BigInt.asIntN(8, '511'), BigInt.asUintN(true, 3n));
print(t(function () { return BigInt.asIntN(-1, 1n); }), t(function () { return BigInt.asUintN(2 ** 53, 1n); }),
      t(function () { return BigInt.asIntN(8, 1); }), t(function () { return BigInt.asUintN(8, 'x'); }));
// toString in every radix.
var n = -(2n ** 130n) + 987654321n;
for (var r = 2; r <= 36; r += 1) print(r, n.toString(r), (255n).toString(r), (0n).toString(r));
print((10n).toString(undefined), t(function () { return (1n).toString(1); }), t(function () { return (1n).toString(37); }),
      (123n).toLocaleString(), Object(5n).toString(), Object(-5n).valueOf() === -5n);
print(t(function () { return BigInt.prototype.toString.call(1); }), t(function () { return BigInt.prototype.valueOf.call({}); }),
      t(function () { return BigInt.prototype.valueOf(); }));
// Wrappers.
var w = Object(10n);
print(typeof w, w instanceof BigInt, w == 10n, w === 10n, w + 1n, Object.getPrototypeOf(w) === BigInt.prototype);
BigInt.prototype.double = function () { return this * 2n; };
print((21n).double(), typeof (21n).constructor, 5n.constructor === BigInt);
// JSON: a BigInt is a TypeError unless something turns it into another value.
print(t(function () { return JSON.stringify(1n); }), t(function () { return JSON.stringify({ a: [2n] }); }),
      t(function () { return JSON.stringify(Object(1n)); }));
print(JSON.stringify({ a: 1n }, function (k, v) { return typeof v === 'bigint' ? v.toString() : v; }));
BigInt.prototype.toJSON = function () { return 'big:' + this; };
print(JSON.stringify([1n, { b: -2n }]), JSON.stringify(Object(3n)));
delete BigInt.prototype.toJSON;
print(Number(1n), Number(-(2n ** 64n)), Number(Object(7n)), String(Object(7n)), `${Object(8n)}`);
