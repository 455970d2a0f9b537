// A var of sloppy eval code may not take the name of a let or const around the call.
function t(name, fn) {
  try { print(name, fn()); } catch (e) { print(name, e.name + ': ' + e.message); }
}
t('eval var vs block let', function () { { let x = 1; eval('var x = 2;'); return x; } });
t('eval var vs function let', function () { let y = 1; eval('var y = 2;'); return y; });
t('eval function vs let', function () { let z = 1; eval('function z() {}'); return z; });
t('eval var vs const', function () { const c = 1; eval('var c;'); });
t('eval var vs catch param', function () { try { throw 1; } catch (e) { eval('var e = 2;'); return e; } });
t('eval var other name', function () { let a = 1; eval('var b = 2;'); return a + b; });
t('eval let shadows fine', function () { let a = 1; return eval('let a = 5; a'); });
t('strict eval var ok', function () { 'use strict'; let s = 1; eval('var s = 2;'); return s; });
t('nested eval', function () { let n = 1; return eval('eval("var n = 3;")'); });
t('outer function let is beyond the var scope', function () { let o = 1; return (function () { eval('var o = 2;'); return o; })(); });
