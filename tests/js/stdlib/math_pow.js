// Math.pow with the ES5 special cases (15.8.2.13).
function show(x) { return x === 0 && 1 / x < 0 ? "-0" : String(x); }
var xs = [NaN, 0, -0, 1, -1, 0.5, -0.5, 2, -2, Infinity, -Infinity];
var ys = [NaN, 0, -0, 1, -1, 2, -2, 3, -3, Infinity, -Infinity];
for (var i = 0; i < xs.length; i++) {
    var line = ["x=" + show(xs[i])];
    for (var j = 0; j < ys.length; j++) line.push(show(Math.pow(xs[i], ys[j])));
    print(line.join(" "));
}
print(Math.pow(2, 10), Math.pow(2, -1074), Math.pow(2, -1075), Math.pow(2, 1023), Math.pow(2, 1024), Math.pow(10, 2));
print(Math.pow(-8, 1 / 3), Math.pow(-2, 0.5), Math.pow(4, 0.5), Math.pow(1.0000001, Infinity), Math.pow(0.9999999, Infinity));
print(Math.pow(), Math.pow(2), Math.pow("2", "3"), Math.pow(null, 0), Math.pow(undefined, 0), Math.pow(1, NaN));
print(Math.pow.length);
// square roots (printed rounded: libm results may differ in the last bit)
var xs2 = [0, -0, 0.5, 2, Infinity, -Infinity, -2];
for (var i = 0; i < xs2.length; i++)
    print(show(xs2[i]), +Math.pow(xs2[i], 0.5).toPrecision(12), +Math.pow(xs2[i], -0.5).toPrecision(12));
