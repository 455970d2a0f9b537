// Checks TypeError messages for reading properties of null/undefined, caught.
function t(f) { try { f(); print("no error"); } catch (e) { print(e.name + ": " + e.message); } }
var u, n = null, o = {};
t(function () { return n.a; });
t(function () { return u[0]; });
t(function () { return o.x.y; });
t(function () { return o.a.b.c; });
t(function () { var k = "key"; return u[k]; });
t(function () { return n.foo(); });
t(function () { return u.foo(); });
t(function () { return o.nope.length; });
