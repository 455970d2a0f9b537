// Direct eval (ES5 10.4.2) sees the calling function's variables and
// parameters, and assigns them.
function params(a, b) {
  var local = 'local';
  print(eval('a + b'), eval('local'));
  eval('a = 10; local = "changed"');
  print(a, local, arguments[0]);
  return eval('arguments.length');
}
print(params(1, 2, 3));

function strictParams(a) {
  'use strict';
  var v = 1;
  eval('v = a + 1');
  return v;
}
print(strictParams(41));

// this is the caller's this.
var obj = {
  method: function () { return eval('this') === obj; }
};
print(obj.method());
function strictThis() { 'use strict'; return eval('this'); }
print(strictThis());

// The name of a named function expression.
var fe = function named() { return eval('typeof named'); };
print(fe());

// Variables of enclosing functions, also ones declared after the inner
// function, and closures made by eval code.
function outer() {
  var before = 'before';
  function inner() { return eval('before + " " + after'); }
  var after = 'after';
  return inner();
}
print(outer());
function counter() {
  var n = 0;
  var inc = eval('(function () { return ++n; })');
  inc();
  inc();
  return n;
}
print(counter());

// Eval inside eval.
function twice() {
  var depth = 1;
  return eval('eval("depth + 1")');
}
print(twice());

// Indirect eval is global.
var g = 'global g';
function indirect() {
  var g = 'local g';
  var e = eval;
  return [e('g'), (0, eval)('g'), eval('g')].join(', ');
}
print(indirect());
