// Spectral norm of the infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2+i+1),
// by power iteration on A^T A.
function a(i, j) { return 1 / ((i + j) * (i + j + 1) / 2 + i + 1); }
function mulAv(n, v, out) {
    for (var i = 0; i < n; i++) {
        var s = 0;
        for (var j = 0; j < n; j++) s += a(i, j) * v[j];
        out[i] = s;
    }
}
function mulAtv(n, v, out) {
    for (var i = 0; i < n; i++) {
        var s = 0;
        for (var j = 0; j < n; j++) s += a(j, i) * v[j];
        out[i] = s;
    }
}
function mulAtAv(n, v, out, tmp) { mulAv(n, v, tmp); mulAtv(n, tmp, out); }
function spectral(n) {
    var u = [], v = [], tmp = [];
    for (var i = 0; i < n; i++) { u.push(1); v.push(0); tmp.push(0); }
    for (var k = 0; k < 10; k++) { mulAtAv(n, u, v, tmp); mulAtAv(n, v, u, tmp); }
    var vBv = 0, vv = 0;
    for (var m = 0; m < n; m++) { vBv += u[m] * v[m]; vv += v[m] * v[m]; }
    return Math.sqrt(vBv / vv);
}
print('spectralnorm', spectral(80).toFixed(9));
