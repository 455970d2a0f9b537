// Number.prototype.toFixed: exact rounding of the binary value, large values,
// negative numbers, -0, NaN/Infinity and argument conversion.
print((1.005).toFixed(2), (1.255).toFixed(2), (1.45).toFixed(1), (1.55).toFixed(1), (2.5).toFixed(0), (3.5).toFixed(0));
print((0.5).toFixed(0), (1.5).toFixed(0), (-1.5).toFixed(0), (-0.5).toFixed(0), (0.05).toFixed(1));
print((123.456).toFixed(), (123.456).toFixed(0), (123.456).toFixed(1), (123.456).toFixed(5), (123.456).toFixed(20));
print((0).toFixed(2), (-0).toFixed(2), (-0.0000001).toFixed(2), (-1e-10).toFixed(0), (1e-10).toFixed(12));
print((1e21).toFixed(2), (-1e21).toFixed(2), (1e20).toFixed(2), (999999999999999900000).toFixed(0), (1.5e300).toFixed(1));
print((NaN).toFixed(2), (Infinity).toFixed(1), (-Infinity).toFixed(0));
print((0.1).toFixed(20), (0.3).toFixed(30), (1 / 3).toFixed(100));
print((5e-324).toFixed(100));
print((9007199254740993).toFixed(0), (9007199254740992).toFixed(3), (123456789.987654321).toFixed(7));
print((1.23).toFixed("2"), (1.23).toFixed(1.9), (1.23).toFixed(null), (1.23).toFixed(undefined), (1.23).toFixed(true), (1.23).toFixed(-0.5));
print(new Number(4.5).toFixed(1), Number.prototype.toFixed.call(7, 2));
var bad = [-1, 101, Infinity, -Infinity];
for (var i = 0; i < bad.length; i++) {
    try { (1).toFixed(bad[i]); print("no error"); } catch (e) { print(e.name + ": " + e.message); }
}
try { (NaN).toFixed(101); } catch (e) { print(e.name + ": " + e.message); }
print((1).toFixed(NaN), (1).toFixed(100).length);
