// reduce and reduceRight: initial values, holes, arguments, errors.
function sum(a, b) { return a + b; }
print([1, 2, 3].reduce(sum), [1, 2, 3].reduce(sum, 10), ['a', 'b', 'c'].reduceRight(sum));
print(['a', 'b', 'c'].reduceRight(sum, '>'), [5].reduce(sum), [].reduce(sum, 'init'));
print([, , 7, ,].reduce(sum), [, 'x', ,].reduceRight(sum));
var calls = [];
[1, 2, 3].reduce(function (acc, v, i, arr) { calls.push(acc + ':' + v + ':' + i + ':' + arr.length); return acc + v; });
print(calls.join(' '));
calls = [];
[1, 2, 3].reduceRight(function (acc, v, i) { calls.push(acc + ':' + v + ':' + i); return acc + v; }, 0);
print(calls.join(' '));
// callbacks are called with this undefined
[1, 2].reduce(function () { 'use strict'; print(this); });
// flattening and building objects
print([[1, 2], [3], []].reduce(function (a, b) { return a.concat(b); }, []));
var counts = ['a', 'b', 'a'].reduce(function (acc, k) { acc[k] = (acc[k] || 0) + 1; return acc; }, {});
print(counts.a, counts.b);
// generic
print(Array.prototype.reduce.call('abc', function (a, b) { return b + a; }));
print(Array.prototype.reduceRight.call({ length: 2, 0: 1, 1: 2 }, function (a, b) { return a * 10 + b; }));
// huge sparse array-like
var big = { length: 3000000, 10: 1, 2999990: 2 };
print(Array.prototype.reduce.call(big, sum), Array.prototype.reduceRight.call(big, function (a, b) { return a + '' + b; }));
// mutation during reduce: deleted elements are skipped
var arr = [1, 2, 3, 4];
print(arr.reduce(function (a, b, i) { if (i === 1) delete arr[3]; return a + b; }));
// errors
try { [].reduce(sum); } catch (e) { print(e.name + ': ' + e.message); }
try { [, ,].reduceRight(sum); } catch (e) { print(e.name + ': ' + e.message); }
try { [1].reduce(); } catch (e) { print(e.name + ': ' + e.message); }
try { [1].reduceRight('x'); } catch (e) { print(e.name + ': ' + e.message); }
try { Array.prototype.reduce.call(undefined, sum); } catch (e) { print(e.name); }
print([].reduce(sum, undefined), [].reduceRight(sum, null));
print([].reduce.length, [].reduceRight.length);
