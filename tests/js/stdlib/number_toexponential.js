// Number.prototype.toExponential: shortest digits without an argument,
// exact rounding with one, range errors, non-finite values.
print((123.456).toExponential(), (0.00015).toExponential(), (1e21).toExponential(), (-5e-324).toExponential(), (1).toExponential());
print((123.456).toExponential(0), (123.456).toExponential(2), (123.456).toExponential(10), (0).toExponential(), (0).toExponential(3), (-0).toExponential(1));
print((1.25).toExponential(1), (1.35).toExponential(1), (12345).toExponential(2), (99999).toExponential(2), (9.5).toExponential(0));
print(Number.MAX_VALUE.toExponential(), Number.MAX_VALUE.toExponential(20), Number.MIN_VALUE.toExponential(5));
print((0.1).toExponential(20), (1 / 3).toExponential(50));
print((2).toExponential(100));
print((NaN).toExponential(2), (Infinity).toExponential(), (-Infinity).toExponential(500), (NaN).toExponential(-1));
print((1e-7).toExponential(), (123e-20).toExponential(3), (-1.5).toExponential("1"), (4).toExponential(undefined));
var bad = [-1, 101, Infinity];
for (var i = 0; i < bad.length; i++) {
    try { (1).toExponential(bad[i]); print("no error"); } catch (e) { print(e.name + ": " + e.message); }
}
