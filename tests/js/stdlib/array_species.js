// ArraySpeciesCreate (ES2015): map, filter, slice, splice, concat, flat and
// flatMap make their result with this.constructor[Symbol.species], so
// subclasses of Array get instances of themselves; Array.from/of use `this`.
function errName(f) {
  try { f(); return 'no error'; } catch (e) { return e.name; }
}
class MyArray extends Array {
  sum() { var s = 0; for (var i = 0; i < this.length; i++) s += this[i]; return s; }
}
var m = MyArray.from([1, 2, 3, 4]);
print(m instanceof MyArray, m.length, m.sum(), MyArray.of(5, 6).sum(), MyArray.of(5, 6) instanceof MyArray);
var results = {
  map: m.map(function (x) { return x * 2; }),
  filter: m.filter(function (x) { return x % 2; }),
  slice: m.slice(1, 3),
  splice: m.splice(0, 1),
  concat: m.concat([9]),
  flat: MyArray.of([1], [2]).flat(),
  flatMap: m.flatMap(function (x) { return [x, x]; })
};
for (var k in results) print(k, results[k] instanceof MyArray, Array.isArray(results[k]), results[k].length, results[k].sum());
print(Array[Symbol.species] === Array, MyArray[Symbol.species] === MyArray);
var desc = Object.getOwnPropertyDescriptor(Array, Symbol.species);
print(typeof desc.get, desc.set, desc.enumerable, desc.configurable, desc.get.name, desc.get.length);

// a species that is not an Array constructor: elements are defined, length set
function Box(n) { this.made = n; }
var a = [1, 2, 3];
a.constructor = {};
a.constructor[Symbol.species] = Box;
var r = a.map(function (x) { return x + 1; });
print(r instanceof Box, r.made, r[0], r[2], r.length);
var s = a.slice(1);
print(s instanceof Box, s.made, s[0], s.length);
var c = a.concat(['c']);
print(c instanceof Box, c.made, c[3], c.length);
a.constructor[Symbol.species] = null;
print(Array.isArray(a.map(function (x) { return x; })), Object.getPrototypeOf(a.filter(Boolean)) === Array.prototype);
a.constructor[Symbol.species] = undefined;
print(Array.isArray(a.slice()));
a.constructor[Symbol.species] = 1;
print(errName(function () { a.map(function (x) { return x; }); }), errName(function () { a.concat(); }));
a.constructor[Symbol.species] = function () { return Object.freeze({}); };
print(errName(function () { a.map(function (x) { return x; }); }));
// non-arrays ignore their constructor
var like = { length: 2, 0: 'a', 1: 'b', constructor: MyArray };
print(Array.prototype.map.call(like, function (x) { return x; }) instanceof MyArray);

// isConcatSpreadable
var spreadable = { length: 2, 0: 's', 1: 't' };
spreadable[Symbol.isConcatSpreadable] = true;
var notSpread = [1, 2];
notSpread[Symbol.isConcatSpreadable] = false;
print(JSON.stringify([0].concat(spreadable, notSpread, 'str')));

// Array's own @@species redefined: plain arrays follow it too
var original = Object.getOwnPropertyDescriptor(Array, Symbol.species);
function Other(n) { this.n = n; }
Object.defineProperty(Array, Symbol.species, { get: function () { return Other; }, configurable: true });
var viaOther = [1, 2].map(function (x) { return x; });
print(viaOther instanceof Other, viaOther.n, viaOther[1]);
Object.defineProperty(Array, Symbol.species, original);
print(Object.getPrototypeOf([1].slice()) === Array.prototype);
