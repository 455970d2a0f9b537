// Object.groupBy (ES2024 20.1.2.12). Node 20 lacks it: the expected lines
// were written by hand from the spec (a null-prototype object whose keys,
// in the order groups first appear with integer keys first, hold arrays of
// the values in iteration order; the callback gets (value, index)).
function err(f) {
  try { f(); return 'no error'; } catch (e) { return e.name; }
}
var g = Object.groupBy([1, 2, 3, 4, 5, 6], function (x) { return x % 3 === 0 ? 'three' : x % 2 ? 'odd' : 'even'; });
print(Object.getPrototypeOf(g), Object.keys(g).join(), g.odd.join(), g.even.join(), g.three.join());
print(Array.isArray(g.odd), Object.getOwnPropertyDescriptor(g, 'odd').enumerable);
var calls = [];
Object.groupBy('ab', function (v, i) { calls.push(v + i + (this === undefined)); return 0; });
print(calls.join());
var n = Object.groupBy([10, 20, 30], function (v, i) { return i ? 2 - i : 'z'; });
print(Object.keys(n).join(), n[1].join(), n[0].join(), n.z.join());
var s = Symbol('k');
var bySym = Object.groupBy([1], function () { return s; });
print(bySym[s][0]);
function* gen() { yield 'x'; yield 'yy'; yield 'zz'; }
var byLen = Object.groupBy(gen(), function (v) { return v.length; });
print(Object.keys(byLen).join(), byLen[2].join());
print(Object.keys(Object.groupBy([], function () { return 1; })).length);
print(err(function () { Object.groupBy(null, function () {}); }), err(function () { Object.groupBy([1], 1); }),
      err(function () { Object.groupBy(1, function () {}); }));
var closed = 0;
var it = {};
it[Symbol.iterator] = function () {
  return { next: function () { return { value: 1, done: false }; }, return: function () { closed++; return {}; } };
};
print(err(function () { Object.groupBy(it, function () { throw new RangeError('stop'); }); }), closed);
print(Object.groupBy.length, Object.groupBy.name);
