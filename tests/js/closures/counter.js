// Checks closures as private counters, each with independent state.
function makeCounter() {
  var count = 0;
  return function () { return ++count; };
}
var c1 = makeCounter(), c2 = makeCounter();
print(c1(), c1(), c1(), c2(), c1(), c2());
function makeAcc(start, step) {
  return { next: function () { start += step; return start; }, peek: function () { return start; } };
}
var acc = makeAcc(10, 5);
acc.next(); acc.next();
print(acc.peek(), acc.next(), acc.peek());
