// Number.prototype.toPrecision: fixed or exponential layout chosen by the
// exponent, exact rounding, tiny and huge values, range errors.
print((0.000001).toPrecision(2), (0.0000001).toPrecision(2), (0.00001234).toPrecision(1), (123.456).toPrecision(4), (123.456).toPrecision(2));
print((123.456).toPrecision(3), (123.456).toPrecision(10), (1e21).toPrecision(3), (1e21).toPrecision(22), (1e21).toPrecision());
print((0).toPrecision(1), (0).toPrecision(5), (-0).toPrecision(2), (-1.5).toPrecision(1), (2.5).toPrecision(1), (1.005).toPrecision(3));
print((99.99).toPrecision(3), (99.99).toPrecision(2), (9.99).toPrecision(1), (1).toPrecision(100).length);
print((5e-324).toPrecision(3), Number.MAX_VALUE.toPrecision(5), (123456789).toPrecision(9), (123456789).toPrecision(8));
print((0.1).toPrecision(21), (1 / 3).toPrecision(1), (-1234.5678).toPrecision(6));
print((NaN).toPrecision(3), (Infinity).toPrecision(1), (-Infinity).toPrecision(1000), (42).toPrecision(undefined), (NaN).toPrecision(0));
var bad = [0, 101, -1, Infinity];
for (var i = 0; i < bad.length; i++) {
    try { (1).toPrecision(bad[i]); print("no error"); } catch (e) { print(e.name + ": " + e.message); }
}
