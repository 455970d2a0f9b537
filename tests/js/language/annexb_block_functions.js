// Functions declared in blocks: block scoped, hoisted in their block; sloppy
function callAll(fs) { var r = []; for (var n = 0; n < fs.length; n++) r.push(fs[n]()); return r.join(); }
// code also assigns them to a var of the function (Annex B.3.3).
print(typeof early);
{
  print(typeof early);
  function early() { return 'early'; }
}
print(typeof early, early());

function inFn() {
  var before = typeof f1;
  if (true) { function f1() { return 1; } }
  return before + ' ' + typeof f1;
}
print(inFn());

function notRun() {
  if (false) { function f2() {} }
  return typeof f2;
}
print(notRun());

// a let in an enclosing block stops the var assignment
function blocked() {
  let f3 = 'let';
  { function f3() {} }
  return f3;
}
print(blocked());

// a parameter of the same name stops it too
function param(f4) {
  { function f4() {} }
  return f4;
}
print(param('param'));

// strict code: block scoped only
function strictFn() {
  'use strict';
  { function f5() { return 'f5'; } print(f5()); }
  return typeof f5;
}
print(strictFn());

// the block binding is separate from the var
function separate() {
  {
    function f6() { return 'first'; }
    f6 = 'reassigned in block';
  }
  return typeof f6;
}
print(separate());

// recursion and closure over block lets
{
  let base = 10;
  function rec(n) { return n === 0 ? base : rec(n - 1) + 1; }
  print(rec(3));
}

// hoisting within a block: call before the declaration
{
  print(hoisted());
  function hoisted() { return 'hoisted'; }
}

// duplicate sloppy block functions: the last wins
{
  function dup() { return 1; }
  function dup() { return 2; }
  print(dup());
}

// block function in a loop closes over the iteration's binding
var out = [];
for (let i = 0; i < 3; i++) {
  function show() { return i; }
  out.push(show);
}
print(callAll(out));
function t() { var before = typeof f; if (true) function f() { return 1; } return before + ' ' + typeof f; }
print(t());
{ let v = 'blk'; if (1) function g() { return v; } print(g()); }
function u() { if (false) function h() {} else function h2() {} return typeof h + ' ' + typeof h2; }
print(u());
