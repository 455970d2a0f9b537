// Checks hoisting of function declarations and their priority over vars.
print(early());
function early() { return "called before definition"; }
print(typeof later);
var later = function () { return 1; };
print(typeof later);
function dup() { return 1; }
function dup() { return 2; }
print(dup());
var v = 1;
function v() {}
print(typeof v);
function outer() {
  return inner();
  function inner() { return "inner hoisted"; }
}
print(outer());
print(typeof shadow);
var shadow;
function shadow() {}
print(typeof shadow);
