// Numbers to text and back: shortest ToString across magnitudes, the
// Number.prototype formatters, Number() and parseFloat of the results.
function run() {
    var s = 0;
    for (var i = 0; i < 20000; i++) {
        var v = (i * 1.37) / 7;
        var t = String(v);
        s += t.length;
        s += Number(t) === v ? 1 : 0;
        s += (v * 1e-10).toString().length;
        s += (v * 1e200).toString().length;
        if (i % 10 == 0) {
            s += v.toFixed(2).length + v.toPrecision(6).length + v.toExponential(3).length;
            s += parseFloat(t + "e5") > 0 ? 1 : 0;
        }
    }
    return s;
}
print(run());
