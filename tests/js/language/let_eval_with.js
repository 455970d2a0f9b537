// let and const with direct eval and with statements.
function t(name, fn) {
  try { print(name, fn()); } catch (e) { print(name, e.name + ': ' + e.message); }
}
t('eval reads block let', function () {
  let a = 1;
  { let b = 2; return eval('a + b'); }
});
t('eval writes block let', function () {
  { let b = 2; eval('b = 3'); return b; }
});
t('eval sees innermost', function () {
  let x = 'outer';
  { let x = 'inner'; return eval('x'); }
});
t('eval after block', function () {
  let x = 'outer';
  { let x = 'inner'; }
  return eval('x');
});
t('eval in tdz', function () {
  { var r = eval('typeof q'); let q = 1; return r; }
});
t('eval read in tdz', function () {
  { eval('q'); let q = 1; }
});
t('eval const assign', function () {
  const k = 1;
  eval('k = 2');
  return k;
});
t('eval const read', function () { const k = 'k'; return eval('k'); });
t('eval let is local to eval', function () {
  eval('let inner = 5;');
  return typeof inner;
});
t('eval var visible', function () {
  eval('var v = 6;');
  return v;
});
t('eval closure over loop let', function () {
  var fs = [];
  for (let i = 0; i < 3; i++) fs.push(eval('(function () { return i; })'));
  var r = [];
  for (var n = 0; n < fs.length; n++) r.push(fs[n]());
  return r.join();
});
t('strict eval let', function () { 'use strict'; eval('let s = 1;'); return typeof s; });
t('with object vs block let', function () {
  var o = {x: 'object'};
  with (o) { let x = 'let'; return x; }
});
t('with object shadows outer let', function () {
  let y = 'let';
  with ({y: 'object'}) { return y; }
});
t('with and let in closure', function () {
  let z = 'let';
  var f;
  with ({}) { f = function () { return z; }; }
  return f();
});
t('with: assignment to let behind object', function () {
  let w = 1;
  with ({}) { w = 2; }
  return w;
});
t('with: const behind object', function () {
  const c = 1;
  with ({}) { c = 2; }
});
t('with object has the name, const behind it', function () {
  const c = 1;
  var o = {c: 1};
  with (o) { c = 2; }
  return o.c + ' ' + c;
});
