// Checks closures capturing parameters, including parameters modified after capture.
function adder(n) { return function (x) { return x + n; }; }
var add5 = adder(5), add10 = adder(10);
print(add5(1), add10(1), add5(add10(0)));
function modifyLater(p) {
  var get = function () { return p; };
  p = p + "-changed";
  return get;
}
print(modifyLater("orig")());
function setterGetter(val) {
  return { get: function () { return val; }, set: function (v) { val = v; } };
}
var sg = setterGetter(1);
sg.set(99);
print(sg.get());
function captureArgs() { var a0 = arguments[0]; return function () { return a0; }; }
print(captureArgs("first", "second")());
function compose(f, g) { return function (x) { return f(g(x)); }; }
print(compose(add5, add10)(0), compose(function (s) { return s + "!"; }, function (s) { return s + "?"; })("hi"));
