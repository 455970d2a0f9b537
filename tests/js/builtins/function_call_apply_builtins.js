// Checks call/apply on builtin functions and on user functions with bound-like wrappers.
print(Math.max.call(null, 1, 9, 4), Math.abs.apply(null, [-7]));
print(String.call(null, 12), Number.apply(null, ["0x20"]));
print(Object.prototype.toString.call({}), Object.prototype.toString.apply({}));
function bind(fn, self) { return function () { return fn.apply(self, arguments); }; }
var o = { v: 3, get: function (m) { return this.v * m; } };
var bound = bind(o.get, o);
print(bound(5), bound.call({ v: 100 }, 2));
print(Array.prototype.slice.call([1, 2, 3], 1).join(","));
