// Closures: counters, composed functions, callbacks through higher-order
// array methods and captured loop state.
function counter(start) {
    var n = start;
    return { inc: function () { return ++n; }, get: function () { return n; } };
}
function compose(f, g) { return function (x) { return f(g(x)); }; }
function adder(k) { return function (x) { return x + k; }; }
function run(n) {
    var total = 0;
    var c = counter(0);
    for (var i = 0; i < n; i++) c.inc();
    total += c.get();
    var f = compose(adder(1), compose(adder(2), adder(3)));
    for (var j = 0; j < n; j++) total = (total + f(j)) % 1000003;
    var arr = [];
    for (var k = 0; k < 200; k++) arr.push(k);
    for (var r = 0; r < n / 400; r++) {
        var scale = r % 5;
        total += arr.map(function (x) { return x * scale; }).filter(function (x) { return x & 1; })
                    .reduce(function (a, b) { return a + b; }, 0) % 1000;
        arr.forEach(function (x) { total += x & scale; });
    }
    var fns = [];
    for (var q = 0; q < 1000; q++) fns.push((function (v) { return function () { return v * 2; }; })(q));
    for (var z = 0; z < 10; z++) for (var y = 0; y < fns.length; y++) total += fns[y]();
    return total;
}
print('closures', run(50000));
