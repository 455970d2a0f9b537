// Math trigonometric and inverse functions: exact edge values (signed
// zeros, NaN, infinities, domain errors) and approximate values (printed
// rounded, since libm results may differ in the last bit).
function show(x) { return x === 0 && 1 / x < 0 ? "-0" : String(x); }
function approx(x) { return x === 0 ? show(x) : x !== x || x === Infinity || x === -Infinity ? String(x) : show(+x.toFixed(12)); }
var fns = ["sin", "cos", "tan", "asin", "acos", "atan"];
var edge = [0, -0, NaN, Infinity, -Infinity, 1, -1, 2, -2];
for (var i = 0; i < fns.length; i++) {
    var line = [fns[i]];
    for (var j = 0; j < edge.length; j++) line.push(approx(Math[fns[i]](edge[j])));
    print(line.join(" "));
}
print(approx(Math.sin(Math.PI / 6)), approx(Math.cos(Math.PI / 3)), approx(Math.tan(Math.PI / 4)), approx(Math.sin(Math.PI)));
print(approx(Math.asin(0.5) * 6), approx(Math.acos(0.5) * 3), approx(Math.atan(1) * 4), approx(Math.sin(1e10)));
print("atan2");
var ys = [0, -0, 1, -1, Infinity, -Infinity, NaN];
for (var i = 0; i < ys.length; i++) {
    var line = [show(ys[i])];
    for (var j = 0; j < ys.length; j++) line.push(approx(Math.atan2(ys[i], ys[j])));
    print(line.join(" "));
}
print(Math.sin("0"), Math.cos(null), show(Math.sin(-0)), Math.atan("x"), Math.atan2(), Math.acos(1.0000001), show(Math.asin(-0)));
print(Math.sin.length, Math.atan2.length, Math.cos.name, typeof Math.tan);
