// Checks anonymous and named function expressions, immediately invoked.
var add = function (a, b) { return a + b; };
print(add(2, 3));
var r = (function (x) { return x * x; })(7);
print(r);
var r2 = function () { return "iife without parens"; }();
print(r2);
var fact = function f(n) { return n <= 1 ? 1 : n * f(n - 1); };
print(fact(6));
print(typeof f);
var named = function inner() { return typeof inner; };
print(named());
var counter = (function () { var c = 0; return function () { return ++c; }; })();
print(counter(), counter(), counter());
print((function () { return arguments.length; })(1, 2));
var fns = [function () { return "a"; }, function () { return "b"; }];
print(fns[0]() + fns[1]());
