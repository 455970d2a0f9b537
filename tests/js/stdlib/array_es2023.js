// ES2023 Array.prototype methods: findLast, findLastIndex, and the copying
// toReversed, toSorted, toSpliced, with (holes read as undefined, `this`
// untouched, always a plain Array).
function show(v) { return JSON.stringify(v); }
function err(f) {
  try { f(); return 'no error'; } catch (e) { return e.name + ': ' + e.message; }
}
function errName(f) {
  try { f(); return 'no error'; } catch (e) { return e.name; }
}

var seen = [];
print([1, 2, 3, 4].findLast(function (v, i) { seen.push(i); return v % 2; }), seen.join(),
      [1, 2, 3, 4].findLastIndex(function (v) { return v < 3; }), [1].findLastIndex(function () { return false; }),
      [].findLast(function () { return true; }));
seen = [];
[, 'b', ,].findLast(function (v, i) { seen.push(i + '=' + v); });
print(seen.join(), err(function () { [].findLast(null); }), errName(function () { [].findLastIndex(); }));

var orig = [3, 1, , 2];
var rev = orig.toReversed();
print(show(rev), show(orig), rev.hasOwnProperty(1), Array.isArray(rev));
var sorted = orig.toSorted();
print(show(sorted), sorted.hasOwnProperty(3), show(orig));
print(show([10, 9, 1].toSorted()), show([10, 9, 1].toSorted(function (a, b) { return a - b; })),
      show(['b', undefined, 'a'].toSorted()));
print(errName(function () { [].toSorted('x'); }), errName(function () { [].toSorted(null); }));

var w = [1, 2, 3];
print(show(w.with(0, 'a')), show(w.with(-1, 'z')), show(w), show([, 1].with(1, 2)));
print(err(function () { w.with(3, 0); }).split(':')[0], errName(function () { w.with(-4, 0); }), show(w.with('1', 'q')),
      show(w.with(1.9, 'f')));

var sp = [1, 2, 3, 4, 5];
print(show(sp.toSpliced(1, 2)), show(sp.toSpliced(1, 0, 'a', 'b')), show(sp.toSpliced(-2)), show(sp.toSpliced()),
      show(sp.toSpliced(2, 10, 'x')), show(sp.toSpliced(undefined, undefined, 'u')), show(sp));
print(show([, 1].toSpliced(0, 0)));

// array-likes and strings
var like = { length: 3, 0: 'x', 2: 'z' };
print(show(Array.prototype.toReversed.call(like)), show(Array.prototype.toSorted.call(like)),
      show(Array.prototype.with.call(like, 1, 'y')), show(Array.prototype.toSpliced.call(like, 1, 1)));
print(show(Array.prototype.toReversed.call('abc')), Array.prototype.findLast.call('abc', function (c) { return c < 'c'; }));
print(errName(function () { Array.prototype.toReversed.call(null); }),
      errName(function () { Array.prototype.toReversed.call({ length: Math.pow(2, 32) }); }));

// subclasses get a plain Array (no species)
class MyArray extends Array {}
var m = MyArray.from([3, 1, 2]);
print(m instanceof MyArray, m.toReversed() instanceof MyArray, m.toSorted().constructor === Array,
      m.with(0, 0).constructor === Array, m.toSpliced(0, 1).constructor === Array);

print([].findLast.length, [].findLastIndex.length, [].toReversed.length, [].toSorted.length, [].toSpliced.length, [].with.length);
