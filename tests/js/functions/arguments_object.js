// Checks reading arguments.length and arguments[i], including extra and missing arguments.
function f() { return arguments.length; }
print(f(), f(1), f(1, 2, 3), f(undefined), f(undefined, undefined));
function g(a, b) { return [a, b, arguments.length, arguments[0], arguments[2]].join("|"); }
print(g(1), g(1, 2), g(1, 2, 3));
function sum() {
  var s = 0;
  for (var i = 0; i < arguments.length; i++) s += arguments[i];
  return s;
}
print(sum(), sum(5), sum(1, 2, 3, 4, 5));
function typ() { return typeof arguments; }
print(typ());
function last() { return arguments[arguments.length - 1]; }
print(last("a", "b", "c"), last());
function outer() { function inner() { return arguments.length; } return inner(1) + ":" + arguments.length; }
print(outer(1, 2, 3));
