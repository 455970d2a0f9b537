// Spread arguments f(...x) and new C(...x): arrays, strings (by code
// point), arguments objects; evaluation order; this of method calls.
function f() {
  var out = [];
  for (var i = 0; i < arguments.length; i++) out.push(arguments[i]);
  return arguments.length + ':' + out.join(',');
}
var a = [1, 2, 3];
print(f(...a), f(0, ...a, 4), f(...a, ...a), f(...[]), f(...[], ...[]));
print(f(...'ab'), f(...''), f(...'😀x'), f(...'\ud800x'));
print(f(...[, 1]), f(...[undefined]));
var o = { m(...r) { return this === o && r.length; }, n: function () { return this === o; } };
print(o.m(...a), o['m'](...a), o.n(...a));
function C(x, y) { this.s = x + '' + y; }
print(new C(...[1, 2]).s, new C(...'ab').s, new C(1, ...[2]).s);
function args() { return f(...arguments); }
print(args(1, 2), args());
var order = [];
function log(x) { order.push(x); return x; }
f(log(1), ...[log(2)], log(3), ...[log(4), log(5)]);
print(order.join());
print(Math.max(...[1, 5, 3]), Math.min(...a, 0));
var big = [];
for (var i = 0; i < 600; i++) big.push(i);
print(f(...big).length > 600, Math.max(...big));
var viaCall = f.call(null, 'c', ...a);
print(viaCall, f.apply(null, [...a, 'd']));
var mutated = [1, 2];
var arr = { get x() { mutated.push(3); return 'x'; } };
print(f(...mutated, arr.x));
var inherited = [1, , 3];
Array.prototype[1] = 'from proto';
print(f(...inherited));
delete Array.prototype[1];
function notCallable() { var x = 1; return x(...a); }
try {
  notCallable();
} catch (e) {
  print(e.name);
}
