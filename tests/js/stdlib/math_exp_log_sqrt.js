// Math.exp, Math.log and Math.sqrt: edge values and approximate results.
function show(x) { return x === 0 && 1 / x < 0 ? "-0" : String(x); }
function approx(x) { return x === 0 ? show(x) : x !== x || x === Infinity || x === -Infinity ? String(x) : show(+x.toPrecision(12)); }
var values = [0, -0, 1, -1, 0.5, 2, 10, 100, 710, -745, -746, 1e-300, Infinity, -Infinity, NaN];
for (var i = 0; i < values.length; i++)
    print(show(values[i]), approx(Math.exp(values[i])), approx(Math.log(values[i])), approx(Math.sqrt(values[i])));
print(Math.sqrt(4), Math.sqrt(2) === Math.SQRT2, Math.sqrt(0.25), Math.sqrt(1e308) === 1e154, Math.sqrt(Number.MAX_VALUE) > 1e154);
print(Math.exp(0) === 1, Math.log(1) === 0, Math.log(Math.E), Math.abs(Math.exp(1) - Math.E) < 1e-15, Math.log(10) === Math.LN10);
print(Math.sqrt("16"), Math.exp("x"), Math.log([]), Math.sqrt({ valueOf: function () { return 9; } }));
print(Math.exp.length, Math.log.length, Math.sqrt.length);
