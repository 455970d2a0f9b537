// forEach, map, filter, every, some: arguments, thisArg, holes, mutation
// during iteration, errors.
var seen = [];
var a = [10, , 30];
a.forEach(function (v, i, arr) { seen.push(i + '=' + v + (arr === a)); });
print(seen.join(' '), a.forEach(function () {}));
var ctx = { mul: 3 };
print([1, 2].map(function (v) { return v * this.mul; }, ctx));
var m = [1, , 3].map(function (v) { return v + 1; });
print(m.length, 1 in m, m);
print([1, 2, 3, 4].filter(function (v, i) { return i % 2 === 0; }));
print([1, , 3].filter(function () { return true; }).length);
print([1, 2, 3].every(function (v) { return v < 4; }), [1, 2, 3].every(function (v) { return v < 2; }), [].every(function () { return false; }));
print([1, 2, 3].some(function (v) { return v > 2; }), [1, 2, 3].some(function (v) { return v > 5; }), [].some(function () { return true; }));
// early exit
var visits = 0;
[1, 2, 3, 4].some(function (v) { visits++; return v === 2; });
print(visits);
visits = 0;
[1, 2, 3, 4].every(function (v) { visits++; return v < 2; });
print(visits);
// the length is read once; added elements are not visited, deleted ones are skipped
var grow = [1, 2, 3];
var visited = [];
grow.forEach(function (v, i) { visited.push(v); if (i === 0) { grow.push(99); delete grow[2]; } });
print(visited.join(','), grow.length);
var changed = [1, 2, 3];
print(changed.map(function (v, i) { if (i === 0) changed[1] = 'new'; return v; }));
// thisArg in sloppy and strict callbacks
[1].forEach(function () { print(this === undefined ? 'undefined' : typeof this); });
[1].forEach(function () { 'use strict'; print(this === undefined ? 'undefined' : typeof this); });
[1].forEach(function () { 'use strict'; print(this); }, 'str');
// generic objects and strings
var o = { length: 3, 0: 'a', 2: 'c' };
print(Array.prototype.map.call(o, function (v) { return v.toUpperCase(); }));
print(Array.prototype.filter.call('hello', function (c) { return c !== 'l'; }).join(''));
print(Array.prototype.some.call({ length: 0 }, function () { return true; }));
// truthiness of results
print([0, 1, '', 'x', null, {}, NaN].filter(function (v) { return v; }).length);
// huge sparse array-like: only existing elements are visited
var big = { length: 3000000, 5: 'five', 2999999: 'last' };
var keys = [];
Array.prototype.forEach.call(big, function (v, i) { keys.push(i); });
print(keys);
// errors
var names = ['forEach', 'map', 'filter', 'every', 'some'];
for (var i = 0; i < names.length; i++) {
    try { [1][names[i]](); } catch (e) { print(names[i], e.name + ': ' + e.message); }
}
try { [].map(1); } catch (e) { print(e.message); }
try { [].filter({}); } catch (e) { print(e.message); }
try { [].forEach('f'); } catch (e) { print(e.message); }
try { Array.prototype.forEach.call(null, function () {}); } catch (e) { print(e.name); }
try { [1, 2].forEach(function (v) { if (v === 2) throw new RangeError('stop'); }); } catch (e) { print(e.name, e.message); }
print([].forEach.length, [].map.length, [].filter.length, [].every.length, [].some.length);
