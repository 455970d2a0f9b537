// Checks instanceof with a non-callable right-hand side (object and primitive).
function t(f) { try { f(); print("no error"); } catch (e) { print(e.name + ": " + e.message); } }
var o = {};
t(function () { return {} instanceof o; });
t(function () { return 1 instanceof o; });
t(function () { return o instanceof 5; });
t(function () { return o instanceof "str"; });
t(function () { return o instanceof null; });
t(function () { return o instanceof undefined; });
