// try/catch/finally: thrown and caught errors, finally blocks on every
// path, and errors crossing function calls.
function mayThrow(i) {
    if (i % 5 === 0) throw new Error('five ' + i);
    if (i % 7 === 0) throw { code: i };
    return i;
}
function wrapped(i) {
    try { return mayThrow(i); } finally { finallies++; }
}
var finallies = 0;
var total = 0, errors = 0, codes = 0;
for (var i = 1; i < 60000; i++) {
    try {
        total += wrapped(i);
    } catch (e) {
        if (e instanceof Error) { errors++; total += e.message.length; } else codes += e.code;
    }
    try { total++; } catch (e2) { total--; }
}
print('trycatch', total, errors, codes, finallies);
