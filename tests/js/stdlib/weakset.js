// WeakSet (ES2025 24.4): object and non-registered symbol values, errors.
// That entries go when values die is tested in tests/unit/test_weak_collections.cpp.
function errName(f) { try { f(); return 'no error'; } catch (e) { return e.constructor.name; } }

var ws = new WeakSet();
var a = {}, b = [], f = function () {}, sym = Symbol('s');
print(ws.add(a) === ws, ws.has(a), ws.has(b), ws.has({}));
ws.add(b).add(f).add(sym).add(Symbol.asyncIterator).add(a);
print(ws.has(b), ws.has(f), ws.has(sym), ws.has(Symbol.asyncIterator), ws.has(Symbol('s')));
print(ws.delete(a), ws.delete(a), ws.has(a), ws.delete({}), ws.delete(1), ws.has('x'));
print(errName(function () { ws.add(1); }), errName(function () { ws.add(Symbol.for('r')); }), errName(function () { ws.add(undefined); }));
var objs = [];
for (var i = 0; i < 100; i++) { objs.push({}); ws.add(objs[i]); }
for (i = 0; i < 100; i += 3) ws.delete(objs[i]);
var n = 0;
for (i = 0; i < 100; i++) if (ws.has(objs[i])) n++;
print(n);
var w2 = new WeakSet([a, b, a]);
print(w2.has(a), w2.has(b), w2.has(f), new WeakSet(null).has(a));
print(errName(function () { new WeakSet([1]); }), errName(function () { new WeakSet(5); }));
class Seen extends WeakSet { mark(o) { if (this.has(o)) return false; this.add(o); return true; } }
var s = new Seen();
print(s.mark(a), s.mark(a), s instanceof WeakSet, Object.prototype.toString.call(s));
print(errName(function () { WeakSet(); }), errName(function () { WeakSet.prototype.add.call(new Set(), a); }), errName(function () { WeakSet.prototype.has.call(new WeakMap(), a); }));
print(Object.prototype.toString.call(ws), WeakSet.prototype[Symbol.toStringTag], WeakSet.length, WeakSet.name, WeakSet.prototype.add.length);
