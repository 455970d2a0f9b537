// Closure creation and captured-variable access.
function counter() { var n = 0; return function () { n++; return n; }; }
function run() {
    var total = 0;
    for (var i = 0; i < 20000; i++) {
        var c = counter();
        for (var k = 0; k < 10; k++) total += c();
    }
    return total;
}
print(run());
