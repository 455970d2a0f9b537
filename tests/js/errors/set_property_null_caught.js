// Checks TypeError messages for setting properties of null/undefined, caught.
function t(f) { try { f(); print("no error"); } catch (e) { print(e.name + ": " + e.message); } }
var u, n = null, o = {};
t(function () { n.a = 1; });
t(function () { u.b = 2; });
t(function () { o.missing.c = 3; });
t(function () { n[5] = 1; });
