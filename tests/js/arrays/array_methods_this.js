// Checks Array.prototype methods called via call on other arrays and on arguments objects.
function args() { return Array.prototype.slice.call(arguments); }
var a = args(1, 2, 3);
print(a.length, a.join(","), a instanceof Array);
print(Array.prototype.slice.call(args("x", "y"), 1).join(","));
function joined() { return Array.prototype.join.call(arguments, "/"); }
print(joined("a", "b", "c"), joined());
var arr = [1, 2];
print(Array.prototype.push.call(arr, 3), arr.join(","));
