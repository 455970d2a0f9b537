// Checks that objects compare by identity, not by contents.
var a = {}, b = {}, c = a;
print(a == b, a === b, a == c, a === c);
var x = [1, 2], y = [1, 2];
print(x == y, x === y);
function f() {}
var g = f;
print(f === g, (function () {}) === (function () {}));
c.p = 1;
print(a.p);
print({} == "[object Object]", [1, 2] == "1,2");
print(new Object() == new Object());
