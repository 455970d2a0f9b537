// [[Class]] of the built-in singletons, seen through Object.prototype.toString.
var ts = Object.prototype.toString;
print(ts.call(Math), ts.call(JSON));
print(String(Math), String(JSON));
print(ts.call({}), ts.call([]), ts.call(function () {}), ts.call(null), ts.call(undefined));
// array methods on Math and JSON see them as themselves
Math.length = 2; Math[0] = 'a'; Math[1] = 'b';
print(Array.prototype.map.call(Math, function (v, i, o) { return v + ts.call(o); }).join());
print(Array.prototype.join.call(Math, '-'));
JSON.length = 1; JSON[0] = 5;
print(Array.prototype.every.call(JSON, function (v, i, o) { return ts.call(o) === '[object JSON]'; }));
print(''.split.call(Math, 'h'));
// still ordinary objects
print(typeof Math, typeof JSON, Object.getPrototypeOf(Math) === Object.prototype, Object.isExtensible(JSON));
print(JSON.stringify(Math).length > 0, Math.max(1, 3), JSON.parse('[1]')[0]);
