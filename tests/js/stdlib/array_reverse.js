// Array.prototype.reverse: in place, holes move, generic and sparse objects.
var a = [1, 2, 3, 4, 5];
print(a.reverse() === a, a);
print([1, 2].reverse(), [1].reverse(), [].reverse());
var h = [1, , 3, , ];
h.reverse();
print(h.length, h, Object.keys(h));
var o = { length: 3, 0: 'a', 2: 'c', other: 1 };
Array.prototype.reverse.call(o);
print(o[0], o[1], o[2], 1 in o, o.other);
var odd = { length: 4, 1: 'one' };
Array.prototype.reverse.call(odd);
print(Object.keys(odd));
// sparse array-like with a large length: only existing elements move
var big = { length: 200001, 0: 'first', 10: 'ten' };
Array.prototype.reverse.call(big);
print(big[200000], big[199990], 0 in big, 10 in big, big.length);
// strings cannot be reversed in place
try { Array.prototype.reverse.call('abc'); } catch (e) { print(e.name); }
print(Array.prototype.reverse.call({ length: 0 }).length);
// getters are called, setters run
var log = [];
var acc = { length: 2 };
Object.defineProperty(acc, 0, { get: function () { log.push('get0'); return 'A'; }, set: function (v) { log.push('set0=' + v); }, configurable: true });
acc[1] = 'B';
Array.prototype.reverse.call(acc);
print(log.join(' '), acc[1]);
// frozen arrays throw
try { Object.freeze([1, 2]).reverse(); } catch (e) { print(e.name); }
print(Object.freeze([1]).reverse());
print(Array.prototype.reverse.length);
