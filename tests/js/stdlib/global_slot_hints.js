// Global reads and writes remember where a name was found in the global
// object's table; deleting, re-adding and compacting globals must never
// make a stale place answer for a name.
var g = globalThis;
function readAll(names) {
    var out = [];
    for (var i = 0; i < names.length; i++) out.push(typeof g[names[i]] === 'undefined' ? '-' : g[names[i]]);
    return out.join(',');
}
// Implicit globals are configurable: they can be deleted.
alpha = 1; beta = 2; gamma = 3;
function sum() { return alpha + beta + gamma; }
var s = 0;
for (var i = 0; i < 5; i++) s += sum();
print(s);
delete g.beta;
try { sum(); } catch (e) { print(e.name); }
beta = 20;
print(sum(), Object.keys(g).indexOf('beta') > Object.keys(g).indexOf('gamma'));
// Many globals added and deleted, so the table is compacted and grows.
for (var k = 0; k < 300; k++) g['tmp' + k] = k;
for (var k = 0; k < 300; k += 2) delete g['tmp' + k];
print(sum(), tmp1, tmp299, typeof tmp0, readAll(['tmp3', 'tmp4', 'tmp5']));
for (var k = 0; k < 300; k++) g['tmp' + k] = -k;
print(sum(), tmp0, tmp1, tmp298);
// The same name as a key of another object and as a global.
var o = {alpha: 'own', gamma: 'own'};
alpha = 100;
print(o.alpha, alpha, o.gamma, gamma, sum());
// Reading in a loop after the global was replaced by an accessor.
Object.defineProperty(g, 'gamma', {get: function () { return 1000; }, configurable: true});
var t = 0;
for (var j = 0; j < 3; j++) t += gamma;
print(t, sum());
delete g.gamma;
gamma = 7;
print(sum());
