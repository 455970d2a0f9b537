// Array.prototype.sort: default string order, comparators, stability,
// undefined and holes, generic objects.
print([3, 1, 10, 2, 21].sort());
print([3, 1, 10, 2, 21].sort(function (a, b) { return a - b; }));
print(['b', 'a', 'C', 'B', 'c'].sort());
print([true, false, null, 'null', 'true'].sort());
print([-1, -2, 0, 1, -0].sort(function (a, b) { return a - b; }).join(' '));
var u = [3, undefined, 1, , 2, undefined];
var r = u.sort();
print(r === u, u.length, u, Object.keys(u), 4 in u, 5 in u);
var u2 = [undefined, 3, , 1];
u2.sort(function (a, b) { return b - a; });
print(u2.length, u2[0], u2[1], u2[2], 3 in u2);
// stability
var people = [];
var names = ['d', 'a', 'c', 'b', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'];
for (var i = 0; i < names.length; i++) people.push({ name: names[i], age: i % 3 });
people.sort(function (x, y) { return x.age - y.age; });
print(people.map(function (p) { return p.name + p.age; }).join(' '));
// comparator results are converted with ToNumber
print([2, 1, 3].sort(function (a, b) { return String(a - b); }));
print([2, 1, 3].sort(function (a, b) { return { valueOf: function () { return b - a; } }; }));
print([2, 1, 3].sort(function () { return NaN; }).length);
// objects sort by their string value
var objs = [{ toString: function () { return 'z'; } }, { toString: function () { return 'a'; } }];
print(objs.sort().join(','));
// a longer array
var big = [];
for (var j = 0; j < 200; j++) big.push((j * 7919) % 200);
big.sort(function (a, b) { return a - b; });
var ok = true;
for (var k = 0; k < 200; k++) if (big[k] !== k) ok = false;
print(ok, big.length);
// default sort of numbers is lexicographic
var nums = [];
for (var n = 0; n < 30; n++) nums.push(n);
print(nums.sort().slice(0, 12));
// generic array-likes
var o = { length: 4, 0: 'c', 1: 'a', 3: 'b', extra: 'x' };
Array.prototype.sort.call(o);
print(o[0], o[1], o[2], 3 in o, o.extra);
print(Array.prototype.sort.call({ length: 0 }).length);
// errors
try { [1, 2].sort(1); } catch (e) { print(e.name + ': ' + e.message); }
try { [1, 2].sort({}); } catch (e) { print(e.name); }
try { [1, 2].sort(function () { throw new Error('from comparator'); }); } catch (e) { print(e.message); }
try { Object.freeze([2, 1]).sort(); } catch (e) { print(e.name); }
try { Object.freeze([1, 2]).sort(); } catch (e) { print(e.name); }
print([].sort(undefined).length);
print(Array.prototype.sort.length);
