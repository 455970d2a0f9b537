// Array push, indexed reads and writes.
function run() {
    var a = [];
    for (var i = 0; i < 100000; i++) a.push(i);
    var s = 0;
    for (var r = 0; r < 3; r++)
        for (var j = 0; j < a.length; j++) { a[j] = a[j] + 1; s += a[j]; }
    return s;
}
print(run());
