// Assignment to a const throws TypeError, whatever the form.
function t(name, fn) {
  try { print(name, fn()); } catch (e) { print(name, e.name + ': ' + e.message); }
}
t('assign', function () { const c = 1; c = 2; return c; });
t('compound', function () { const c = 1; c += 2; return c; });
t('prefix ++', function () { const c = 1; ++c; return c; });
t('postfix --', function () { const c = 1; c--; return c; });
t('rhs runs first', function () { const c = 1; var log = []; try { c = (log.push('rhs'), 3); } catch (e) { log.push(e.name); } return log.join(); });
t('closure assign', function () { const c = 1; (() => { c = 2; })(); });
t('closure compound', function () { const c = 1; (function () { c *= 2; })(); });
t('captured assign', function () { const c = 1; var f = () => c; c = 5; return f(); });
t('closure before init', function () { var f = () => { c = 2; }; f(); const c = 1; });
t('const in for', function () { for (const i = 0; i < 2; i++) {} });
t('const for-in ok', function () { var out = []; for (const k in {a: 1, b: 2}) out.push(k); return out.join(); });
t('const for-in assign', function () { for (const k in {a: 1}) { k = 'z'; } });
t('strict', function () { 'use strict'; const c = 1; c = 2; });
t('with no init', function () { return eval('const c;'); });
t('shadow is writable', function () { const c = 1; { let c = 2; c = 3; return c; } });
const g = 'global const';
t('global const', function () { g = 1; });
t('global const compound', function () { g += 'x'; });
try { g = 2; } catch (e) { print('top', e.name + ': ' + e.message); }
print(g);
