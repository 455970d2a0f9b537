// eval, with and closures together: eval code in nested with scopes,
// closures made by eval code, recursion through eval, arrows inside with.
var log = [];
var outerObj = {a: 'outer a', shared: 'outer shared'};
with (outerObj) {
  var make = function (p) {
    var local = 'local ' + p;
    var inner = {b: 'inner b', shared: 'inner shared'};
    with (inner) {
      return function (code) { return eval(code); };
    }
  };
}
var run = make('P');
log.push(run('a'), run('b'), run('shared'), run('local'), run('p'));
run('var created = "created"; local = "changed"');
log.push(run('var c2 = 1; c2'), run('local'), typeof created);
log.push(run('(function () { return a + "/" + b + "/" + local; })()'));
delete outerObj.a;
log.push(run('typeof a'));
outerObj.newProp = 'late';
log.push(run('newProp'));
function rec(n) {
  if (n === 0) return eval('n');
  var x = n;
  return eval('rec(n - 1) + x');
}
log.push(rec(5));
var counters = (function () {
  var list = [];
  for (var i = 0; i < 3; i++) {
    with ({i: i}) {
      list.push(eval('(function () { return i; })'));
    }
  }
  return list;
})();
log.push(counters[0]() + counters[1]() + counters[2]());
function strictInner() {
  var v = 1;
  return (function () { 'use strict'; eval('var w = 2'); return typeof w + v; })();
}
log.push(strictInner());
var o2 = {k: 1, f: function () { with ({k: 2}) { return (() => this.k + k)(); } }};
log.push(o2.f());
print(log.join(' | '));
