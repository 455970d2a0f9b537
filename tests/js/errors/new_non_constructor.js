// Checks new on non-constructors: numbers, objects, undefined, builtin non-constructor functions.
function t(f) { try { f(); print("no error"); } catch (e) { print(e.name + ": " + e.message); } }
var x = 5, o = {};
t(function () { new 5; });
t(function () { new x; });
t(function () { new x(); });
t(function () { new o(); });
t(function () { new o.foo(); });
t(function () { new undefined; });
t(function () { new Math.floor(1); });
