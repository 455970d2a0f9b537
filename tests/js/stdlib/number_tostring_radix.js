// Number.prototype.toString(radix): integers, negative numbers, fractions,
// huge and tiny values, and the radix range.
var radixes = [2, 3, 8, 10, 16, 36];
var values = [0, 1, 255, -255, 4294967295, 9007199254740991, 9007199254740993, 0.5, 0.1, -0.75, 3.14159, 1e21, 1e-7, 123.456];
for (var i = 0; i < values.length; i++) {
    var line = [];
    for (var j = 0; j < radixes.length; j++) line.push(values[i].toString(radixes[j]));
    print(line.join(" "));
}
print(Math.PI.toString(7), Math.E.toString(36), (1 / 3).toString(3), (2 / 3).toString(3), (0.1).toString(5));
print(Number.MAX_VALUE.toString(36), Number.MIN_VALUE.toString(36), (-Number.MIN_VALUE).toString(16));
print(Number.MAX_VALUE.toString(2).length, Number.MIN_VALUE.toString(2).length, Number.MIN_VALUE.toString(2).slice(-5));
print((1e300).toString(16), (1.5e-300).toString(32));
print((NaN).toString(2), (Infinity).toString(16), (-Infinity).toString(36), (-0).toString(2));
print((255).toString(undefined), (255).toString(16.9), (255).toString("16"), new Number(10).toString(2));
print((0.999999999999).toString(2), (1 - 1e-16).toString(2), (0.9999999999999999).toString(36));
var bad = [0, 1, 37, -1, NaN, Infinity, "x"];
for (var i = 0; i < bad.length; i++) {
    try { (10).toString(bad[i]); print("no error"); } catch (e) { print(e.name + ": " + e.message); }
}
