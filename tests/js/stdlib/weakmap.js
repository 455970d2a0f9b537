// WeakMap (ES2025 24.3): object and non-registered symbol keys, errors.
// That entries go when keys die is tested in tests/unit/test_weak_collections.cpp.
function errName(f) { try { f(); return 'no error'; } catch (e) { return e.constructor.name; } }

var wm = new WeakMap();
var k1 = {}, k2 = function () {}, k3 = [], sym = Symbol('local');
print(wm.set(k1, 'one') === wm, wm.get(k1), wm.has(k1), wm.has({}), wm.get({}));
wm.set(k2, 'fn').set(k3, 'arr').set(sym, 'sym').set(Symbol.iterator, 'wks').set(Math.max, 'builtin');
print(wm.get(k2), wm.get(k3), wm.get(sym), wm.get(Symbol.iterator), wm.get(Math.max), wm.get(Math.min));
wm.set(k1, 'uno');
print(wm.get(k1), wm.delete(k1), wm.delete(k1), wm.has(k1), wm.get(k1));
// Primitives are never keys: get/has/delete answer no, set throws.
print(wm.get(1), wm.has('a'), wm.delete(null), wm.has(Symbol.for('reg')), wm.get(undefined));
print(errName(function () { wm.set(1, 1); }), errName(function () { wm.set('s', 1); }), errName(function () { wm.set(null, 1); }));
print(errName(function () { wm.set(Symbol.for('registered'), 1); }), errName(function () { wm.set(true, 1); }));
// Many keys, then deleting half.
var keys = [];
for (var i = 0; i < 200; i++) { keys.push({ i: i }); wm.set(keys[i], i * 2); }
for (i = 0; i < 200; i += 2) wm.delete(keys[i]);
var sum = 0, present = 0;
for (i = 0; i < 200; i++) if (wm.has(keys[i])) { present++; sum += wm.get(keys[i]); }
print(present, sum);

// Constructor from an iterable of entries, through set.
var w2 = new WeakMap([[k1, 1], [k2, 2]]);
print(w2.get(k1), w2.get(k2), new WeakMap(null).has(k1), new WeakMap(undefined).has(k1));
print(errName(function () { new WeakMap([[1, 2]]); }), errName(function () { new WeakMap([1]); }), errName(function () { new WeakMap(3); }));
var calls = 0, orig = WeakMap.prototype.set;
WeakMap.prototype.set = function (k, v) { calls++; return orig.call(this, k, v); };
new WeakMap([[k1, 1], [k3, 2]]);
WeakMap.prototype.set = orig;
print(calls);

class Registry extends WeakMap { tag(o) { return this.set(o, 'tagged'); } }
var r = new Registry();
r.tag(k1);
print(r instanceof Registry, r instanceof WeakMap, r.get(k1), Object.prototype.toString.call(r));

print(errName(function () { WeakMap(); }), errName(function () { WeakMap.prototype.get.call(new Map(), k1); }));
print(errName(function () { WeakMap.prototype.set.call({}, k1, 1); }), errName(function () { WeakMap.prototype.has.call(new WeakSet(), k1); }));
print(Object.prototype.toString.call(wm), WeakMap.prototype[Symbol.toStringTag], WeakMap.length, WeakMap.name);
print(WeakMap.prototype.set.length, WeakMap.prototype.get.length, WeakMap.prototype.delete.name, 'size' in WeakMap.prototype, typeof WeakMap.prototype.forEach);
