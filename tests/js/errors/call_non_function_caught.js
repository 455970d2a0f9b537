// Checks TypeError messages for calling various non-callable values, caught and printed.
function t(f) { try { f(); print("no error"); } catch (e) { print(e.name + ": " + e.message); } }
var num = 1, str = "s", nul = null, und, obj = {}, arr = [1];
t(function () { num(); });
t(function () { str(); });
t(function () { nul(); });
t(function () { und(); });
t(function () { obj(); });
t(function () { obj.missing(); });
t(function () { obj.m = 3; obj.m(); });
t(function () { arr[0](); });
t(function () { true(); });
t(function () { undefined(); });
