// Array.from, Array.of and the ES2015-ES2022 Array.prototype methods:
// find, findIndex, fill, copyWithin, includes, flat, flatMap, at, and
// keys/values/entries (values is [Symbol.iterator]).
function show(v) { return JSON.stringify(v); }
function err(f) {
  try { f(); return 'no error'; } catch (e) { return e.name + ': ' + e.message; }
}
function errName(f) {
  try { f(); return 'no error'; } catch (e) { return e.name; }
}

// Array.from: iterables, array-likes, mapFn/thisArg, this as constructor
print(show(Array.from('a\ud83d\ude00b')), show(Array.from([1, , 3])), show(Array.from({ length: 3, 1: 'x' })));
print(show(Array.from([1, 2], function (v, i) { return v * 10 + i + this.add; }, { add: 100 })));
function* gen() { yield 1; yield 2; yield 3; }
print(show(Array.from(gen())), show(Array.from({ length: '2', 0: 'a', 1: 'b', 2: 'c' })), show(Array.from(5)));
print(errName(function () { Array.from(null); }), errName(function () { Array.from([], 'no'); }));
print(err(function () { Array.from([1], {}); }));
function Ctor(n) { this.args = arguments.length; this.n = n; }
var made = Array.from.call(Ctor, { length: 2, 0: 'p', 1: 'q' });
print(made instanceof Ctor, made.args, made.n, made.length, made[0], made[1]);
var fromIter = Array.from.call(Ctor, gen());
print(fromIter.args, fromIter.length, fromIter[2]);
print(Array.isArray(Array.from.call({}, [1])), Array.isArray(Array.from.call(undefined, [1])));
var closed = 0;
var iterable = {};
iterable[Symbol.iterator] = function () {
  var i = 0;
  return { next: function () { return { value: i++, done: false }; }, return: function () { closed++; return {}; } };
};
print(errName(function () { Array.from(iterable, function (v) { if (v === 3) throw new RangeError('x'); return v; }); }), closed);
var arrIterGetter = 0;
var spy = [1, 2];
Object.defineProperty(spy, Symbol.iterator, { get: function () { arrIterGetter++; return Array.prototype.values; } });
print(show(Array.from(spy)), arrIterGetter);

// Array.of
print(show(Array.of()), show(Array.of(7)), show(Array.of(1, 'a', undefined)), Array.of.length);
var ofCtor = Array.of.call(Ctor, 'x', 'y');
print(ofCtor instanceof Ctor, ofCtor.n, ofCtor.length, ofCtor[1]);

// find / findIndex: every index, holes read as undefined
var visited = [];
print([5, , 7].find(function (v, i, o) { visited.push(i + ':' + v); return false; }), visited.join());
print([5, 6, 7].find(function (v) { return v > 5; }), [5, 6, 7].findIndex(function (v) { return v > 5; }),
      [5, 6].findIndex(function () { return false; }), [].find(function () { return true; }));
print([1].find(function () { return this.x; }, { x: true }), err(function () { [].find(); }), err(function () { [].findIndex(1); }));
var grow = [1, 2];
print(grow.find(function (v, i) { if (i === 0) grow.push(3); return v === 3; }), grow.length);

// fill
print(show([1, 2, 3, 4].fill(0)), show([1, 2, 3, 4].fill(9, 1, 3)), show([1, 2, 3, 4].fill(8, -2)),
      show([1, 2, 3].fill(7, 5)), show(new Array(3).fill('z')), show([1, 2, 3].fill(0, NaN, -1)));
print(show(Array.prototype.fill.call({ length: 2 }, 'a')), errName(function () { Object.freeze([1]).fill(0); }));

// copyWithin
print(show([1, 2, 3, 4, 5].copyWithin(0, 3)), show([1, 2, 3, 4, 5].copyWithin(1, 0, 3)),
      show([1, 2, 3, 4, 5].copyWithin(-2, 0)), show([1, 2, 3, 4, 5].copyWithin(0, -2, -1)),
      show([1, , 3, 4].copyWithin(2, 0)), show([1, 2, 3].copyWithin(0, 1, 1)));
print(show(Array.prototype.copyWithin.call({ length: 3, 0: 'a', 2: 'c' }, 0, 1)));

// includes: SameValueZero, fromIndex
print([1, NaN].includes(NaN), [NaN].indexOf(NaN), [-0].includes(+0), [1, , 3].includes(undefined),
      [1, 2, 3].includes(1, 1), [1, 2, 3].includes(3, -1), [1, 2].includes(1, -10), [1].includes(1, 5), [].includes());
print(Array.prototype.includes.call('abc', 'b'), Array.prototype.includes.call({ length: 2, 1: 'q' }, 'q'));

// flat / flatMap
var nested = [1, [2, [3, [4, [5]]]], , 6];
print(show(nested.flat()), show(nested.flat(2)), show(nested.flat(Infinity)), show(nested.flat(0)), show(nested.flat(-1)));
print(show([[1, , 3]].flat()), show([{ length: 1, 0: 'x' }].flat()));
print(show([1, 2, 3].flatMap(function (v, i) { return [v, i]; })), show([1, 2].flatMap(function (v) { return [[v]]; })),
      show(['a b', 'c'].flatMap(function (s) { return s.split(' '); })), show([1].flatMap(function () { return this.v; }, { v: 'tv' })));
print(errName(function () { [].flatMap(); }), errName(function () { [].flatMap({}); }));

// at
print([1, 2, 3].at(0), [1, 2, 3].at(-1), [1, 2, 3].at(3), [1, 2, 3].at(-4), [1, 2, 3].at(1.7), [1, 2, 3].at('1'), [1, 2].at());
print(Array.prototype.at.call('xyz', -1), Array.prototype.at.call({ length: 1, 0: 'o' }, 0));

// keys / values / entries, Symbol.iterator
print(Array.prototype.values === Array.prototype[Symbol.iterator], [].keys().toString(), Object.prototype.toString.call([].entries()));
var ks = [], vs = [], es = [];
var it = ['a', , 'c'].keys(), step;
while (!(step = it.next()).done) ks.push(step.value);
it = ['a', , 'c'].values();
while (!(step = it.next()).done) vs.push(step.value);
it = ['a', 'b'].entries();
while (!(step = it.next()).done) es.push(show(step.value));
print(ks.join(), vs.join(), es.join(' '));

// lengths and names
print([].find.length, [].findIndex.length, [].fill.length, [].copyWithin.length, [].includes.length,
      [].flat.length, [].flatMap.length, [].at.length, Array.from.length, Array.of.length);
print([].find.name, [].copyWithin.name, [].flatMap.name, Array.from.name);
