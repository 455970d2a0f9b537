// Set (ES2015 23.2 / ES2025 24.2): SameValueZero, insertion order,
// iteration during mutation, subclassing, errors.
function list(s) { var out = []; s.forEach(function (v) { out.push(String(v)); }); return out.join(','); }
function errName(f) { try { f(); return 'no error'; } catch (e) { return e.constructor.name; } }

var s = new Set();
print(s.size, s.has(1), s.add(1) === s, s.size);
s.add(2).add(1).add('1').add(-0).add(0).add(NaN).add(NaN);
print(list(s), s.size, s.has(0), s.has(-0), s.has(NaN), 1 / [...s][3]);
var o = {};
s.add(o).add(o).add({});
print(s.size, s.has(o), s.has({}));
print(s.delete(1), s.delete(1), s.delete(o), s.size, list(s));
s.clear();
print(s.size, list(s));

print(list(new Set('banana')), list(new Set([3, 1, 3, 2, 1])), new Set(null).size, new Set().size);
print(Set.prototype.keys === Set.prototype.values, Set.prototype[Symbol.iterator] === Set.prototype.values, Set.prototype.keys.name);
var e = new Set(['a', 'b']).entries();
print(JSON.stringify(e.next().value), Object.prototype.toString.call(e), Object.getPrototypeOf(e)[Symbol.toStringTag]);
print(Object.getPrototypeOf(e) === Object.getPrototypeOf(new Set().values()), Object.getPrototypeOf(e) !== Object.getPrototypeOf(new Map().values()));

// Additions during iteration are visited, deletions are not.
var live = new Set([1, 2, 3]);
var seen = [];
for (var v of live) {
    seen.push(v);
    if (v === 1) { live.delete(2); live.add(4); }
    if (v < 3) live.add(v * 10);
}
print(seen.join());
var fe = new Set(['a', 'b', 'c']), log = [];
fe.forEach(function (v, k, set) { log.push(v + k + (set === fe)); if (v === 'a') fe.delete('b'); if (v === 'c') fe.add('d'); });
print(log.join(' '));
// A big set emptied and refilled under a live iterator.
var big = new Set();
for (var i = 0; i < 100; i++) big.add('k' + i);
var it = big.values();
for (i = 0; i < 10; i++) it.next();
for (i = 0; i < 95; i++) big.delete('k' + i);
for (i = 0; i < 5; i++) big.add('n' + i);
print([...it].join());
var again = new Set([1]);
var ai = again.values();
again.delete(1);
again.add(2);
print(JSON.stringify(ai.next()), JSON.stringify(ai.next()));

// Constructor: calls add, closes the iterator on errors.
var added = [];
var origAdd = Set.prototype.add;
Set.prototype.add = function (v) { added.push(v); return origAdd.call(this, v); };
new Set([5, 6]);
Set.prototype.add = origAdd;
print(added.join());
var closed = 0, iterable = {};
iterable[Symbol.iterator] = function () { return { next: function () { return { value: 1, done: false }; }, return: function () { closed++; return {}; } }; };
Set.prototype.add = function () { throw new RangeError('no'); };
print(errName(function () { new Set(iterable); }), closed);
Set.prototype.add = origAdd;
print(errName(function () { new Set(5); }), errName(function () { new Set({}); }));

class Tags extends Set {
    addAll(list) { for (var x of list) this.add(x); return this; }
}
var t = new Tags(['x']).addAll(['y', 'x', 'z']);
print(t instanceof Tags, t instanceof Set, list(t), t.size, Object.prototype.toString.call(t));

print(errName(function () { Set(); }), errName(function () { Set.prototype.add.call(new Map(), 1); }));
print(errName(function () { Set.prototype.has.call([], 1); }), errName(function () { Set.prototype.forEach.call(new Set(), null); }));
print(errName(function () { return Set.prototype.size; }), errName(function () { new Set().values().next.call(new Map().keys()); }));
print(Object.prototype.toString.call(new Set()), Set.prototype[Symbol.toStringTag], Set.length, Set.name, Set.prototype.add.length);
