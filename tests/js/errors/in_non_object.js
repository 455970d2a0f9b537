// Checks the in operator with a non-object right-hand side.
function t(f) { try { f(); print("no error"); } catch (e) { print(e.name + ": " + e.message); } }
t(function () { return "a" in 5; });
t(function () { return "length" in "str"; });
t(function () { return "a" in undefined; });
t(function () { return "a" in null; });
t(function () { return 0 in true; });
t(function () { return "a" in {}; });
