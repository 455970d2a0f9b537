// Checks Function.prototype.call and apply with arrays, arguments objects and this values.
function show(a, b) { return this.tag + ":" + a + "," + b; }
var t = { tag: "T" };
print(show.call(t, 1, 2), show.apply(t, [3, 4]));
print(show.call(t), show.apply(t), show.apply(t, []));
function sum() { var s = 0; for (var i = 0; i < arguments.length; i++) s += arguments[i]; return s; }
print(sum.apply(null, [1, 2, 3, 4]), sum.call(null, 5, 6));
function forward() { return sum.apply(null, arguments); }
print(forward(10, 20, 30));
print(Math.max.apply(null, [3, 9, 2]), Math.min.apply(null, [3, 9, 2]));
function getThis() { return this; }
var o = {};
print(getThis.call(o) === o, getThis.apply(o, [1]) === o);
print(typeof getThis.call(undefined), typeof getThis.call(null));
var arr = [1, 2];
Array.prototype.push.apply(arr, [3, 4, 5]);
print(arr.join(","));
print(Array.prototype.join.call([1, 2, 3], "+"));
print(show.call.call(show, t, "x", "y"));
