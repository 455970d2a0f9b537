// Property access with computed string keys: o['k' + i] writes and reads.
function run() {
    var o = {};
    for (var i = 0; i < 2000; i++) o['k' + i] = i;
    var sum = 0;
    for (var round = 0; round < 10; round++)
        for (var j = 0; j < 2000; j++) sum += o['k' + j];
    var names = ['alpha', 'beta', 'gamma', 'delta'];
    var p = {};
    for (var m = 0; m < 20000; m++) {
        var key = names[m & 3] + (m % 50);
        p[key] = (p[key] || 0) + 1;
    }
    for (var q in p) sum += p[q];
    return sum;
}
print(run());
