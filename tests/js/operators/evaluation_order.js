// Checks left-to-right evaluation order of operands, arguments, and assignment targets.
var log = [];
function v(name, val) { log.push(name); return val; }
v("a", 1) + v("b", 2) * v("c", 3);
print(log.join(","));
log = [];
function f(a, b, c) { return a + b + c; }
f(v("x", 1), v("y", 2), v("z", 3));
print(log.join(","));
log = [];
var o = {};
v("obj", o)[v("key", "k")] = v("val", 5);
print(log.join(","), o.k);
log = [];
v("l", 1) < v("r", 2);
v("l2", 1) == v("r2", 1);
print(log.join(","));
log = [];
var arr = [v("e0", 0), v("e1", 1), v("e2", 2)];
var obj = { p: v("p", 1), q: v("q", 2) };
print(log.join(","));
var i = 0;
var r = [i++, i++, i];
print(r.join(","));
var x = 1;
x = x + (x = 5);
print(x);
var y = 1;
y += (y = 10);
print(y);
