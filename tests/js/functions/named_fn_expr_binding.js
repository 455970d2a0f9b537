// Checks that a named function expression's name is bound inside it and not outside.
var fe = function myName(n) { return n > 0 ? myName(n - 1) + n : 0; };
print(fe(10));
print(typeof myName);
var saved = fe;
fe = null;
print(saved(4));
var countdown = function cd(n, acc) { acc.push(n); if (n > 0) cd(n - 1, acc); return acc; };
print(countdown(5, []).join(","));
var o = { m: function self() { return self === o.m; } };
print(o.m());
