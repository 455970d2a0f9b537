// Checks Object() and new Object() producing fresh plain objects.
var a = new Object(), b = Object(), c = new Object;
print(typeof a, typeof b, typeof c);
print(a === b, a instanceof Object, String(b));
a.x = 1;
print(a.x, b.x);
var n = Object(null), u = Object(undefined);
print(typeof n, typeof u, String(n));
var o = {};
print(Object(o) === o, new Object(o) === o);
print(Object.prototype.toString.call({}), Object.prototype.toString.call(new Object()));
print({}.toString(), new Object().toString());
