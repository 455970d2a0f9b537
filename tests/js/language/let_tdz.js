// Temporal dead zones: every use before initialisation throws.
function t(name, fn) {
  try { print(name, fn()); } catch (e) { print(name, e.name + ': ' + e.message); }
}
t('before decl', function () { x; let x = 1; });
t('write before decl', function () { x = 2; let x = 1; return x; });
t('in own initialiser', function () { let x = x + 1; return x; });
t('const own initialiser', function () { const c = c; });
t('typeof in tdz', function () { typeof x; let x; });
t('typeof outer undeclared ok', function () { return typeof nope; });
t('closure called early', function () { function g() { return x; } g(); let x = 1; });
t('closure called late', function () { function g() { return x; } let x = 1; return g(); });
t('arrow called early', function () { var g = () => x; g(); let x = 2; });
t('closure write early', function () { function g() { x = 5; } g(); let x = 1; });
t('closure typeof early', function () { function g() { return typeof x; } g(); let x = 1; });
t('nested closure early', function () { function g() { return function () { return x; }; } g()(); let x = 1; });
t('nested closure late', function () { function g() { return function () { return x; }; } let x = 3; return g()(); });
t('inner block shadow tdz', function () { let x = 1; { x; let x = 2; } });
t('inner block shadow ok', function () { let x = 1; { let y = x; } return x; });
t('increment in tdz', function () { x++; let x = 0; });
t('compound in tdz', function () { x += 1; let x = 0; });
t('captured compound in tdz', function () { x += 1; let x = 0; return () => x; });
t('captured read ok', function () { let x = 4; var f = () => x; return f(); });
t('const closure early', function () { var f = () => c; f(); const c = 1; });
t('later call fine', function () { var f = () => c; const c = 9; return f(); });
t('for head tdz', function () { for (let i = i; i < 1; i++) {} });
t('for-in head tdz', function () { for (let k in k) {} });
t('for-in head outer ok', function () { var k = {a: 1}; var out = []; { for (let j in k) out.push(j); } return out.join(); });
t('switch tdz', function () { switch (1) { case 0: let s = 1; case 1: return s; } });
t('switch ok', function () { switch (0) { case 0: let s = 'sw'; return s; } });
t('switch closure', function () { switch (1) { case 0: let s = 1; break; case 1: return (() => s)(); } });
t('default param style', function () { let a = (function () { return b; })(); let b = 1; });
t('loop body tdz each time', function () {
  var n = 0;
  for (var i = 0; i < 2; i++) { try { y; } catch (e) { n++; } let y = i; }
  return n;
});
t('closure created after', function () { let v = 'v'; return (function () { return v; })(); });
t('deep nested', function () {
  let r;
  { let q = 1; { let p = q + 1; { r = p + q; } } }
  return r;
});

// TDZ at the top level of a script (a global lexical binding)
try { topLevel; } catch (e) { print('top', e.name + ': ' + e.message); }
try { topLevel = 1; } catch (e) { print('top write', e.name + ': ' + e.message); }
try { typeof topLevel; } catch (e) { print('top typeof', e.name + ': ' + e.message); }
function readTop() { return topLevel; }
try { readTop(); } catch (e) { print('top fn', e.name + ': ' + e.message); }
let topLevel = 'init';
print(readTop());
