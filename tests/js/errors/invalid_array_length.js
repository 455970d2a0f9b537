// Checks RangeError: Invalid array length from the Array constructor and length assignment.
function t(f) { try { f(); print("no error"); } catch (e) { print(e.name + ": " + e.message); } }
t(function () { return new Array(-1); });
t(function () { return new Array(1.5); });
t(function () { return new Array(4294967296); });
t(function () { return Array(-5); });
t(function () { var a = []; a.length = -1; });
t(function () { var a = []; a.length = 2.5; });
t(function () { return new Array(4294967295).length; });
