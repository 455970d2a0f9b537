// Checks that closures keep their environment alive after the outer function returns.
function makeList() {
  var items = [];
  return {
    add: function (x) { items.push(x); return items.length; },
    all: function () { return items.join("|"); }
  };
}
var l = makeList();
l.add("a"); l.add("b"); l.add("c");
print(l.all());
var fns = [];
for (var i = 0; i < 5; i++) {
  fns.push((function () { var big = []; for (var j = 0; j < 100; j++) big.push(j); return function () { return big.length; }; })());
}
var total = 0;
for (var k = 0; k < fns.length; k++) total += fns[k]();
print(total);
function once(fn) {
  var done = false, result;
  return function () { if (!done) { done = true; result = fn(); } return result; };
}
var calls = 0;
var o = once(function () { calls++; return "value"; });
print(o(), o(), calls);
