// indexOf / lastIndexOf: strict equality, fromIndex, holes, huge lengths.
var a = [1, 2, 3, 2, 1, NaN, '2', undefined, null, -0];
print(a.indexOf(2), a.lastIndexOf(2), a.indexOf('2'), a.indexOf(NaN), a.lastIndexOf(NaN));
print(a.indexOf(undefined), a.indexOf(null), a.indexOf(0), a.lastIndexOf(+0), a.indexOf());
print(a.indexOf(2, 2), a.indexOf(2, -7), a.indexOf(2, -100), a.indexOf(1, 100), a.indexOf(1, 10));
print(a.lastIndexOf(2, 2), a.lastIndexOf(2, -8), a.lastIndexOf(2, -100), a.lastIndexOf(1, 100), a.lastIndexOf(1, -1));
print(a.indexOf(2, '3'), a.indexOf(2, 1.9), a.indexOf(1, NaN), a.lastIndexOf(1, NaN), a.lastIndexOf(1, undefined));
print([].indexOf(1), [].lastIndexOf(1), [1].lastIndexOf(1, -2), [1].lastIndexOf(1, 0));
// holes are skipped, undefined is not a hole
var h = [, undefined, , 'x'];
print(h.indexOf(undefined), h.lastIndexOf(undefined), h.indexOf('x', 3), h.lastIndexOf('x', 2));
// objects compare by identity
var o = {};
print([{}, o].indexOf(o), [{}].indexOf({}));
// generic
var al = { length: 3, 0: 'a', 1: 'b', 2: 'a' };
print(Array.prototype.indexOf.call(al, 'a'), Array.prototype.lastIndexOf.call(al, 'a'));
print(Array.prototype.indexOf.call('abcb', 'b'), Array.prototype.lastIndexOf.call('abcb', 'b'));
print(Array.prototype.indexOf.call({ length: 'x', 0: 1 }, 1));
// huge lengths with few elements
var big = { length: 3000001 };
big[3000000] = 'last';
big[7] = 'seven';
print(Array.prototype.indexOf.call(big, 'last'), Array.prototype.indexOf.call(big, 'nope'));
print(Array.prototype.lastIndexOf.call(big, 'seven'), Array.prototype.lastIndexOf.call(big, 'nope'));
print(Array.prototype.indexOf.call(big, 'last', -1), Array.prototype.lastIndexOf.call(big, 'last', -2));
// inherited elements are found
var proto = ['inherited'];
var child = Object.create(proto);
child.length = 2;
print(Array.prototype.indexOf.call(child, 'inherited'));
// getters run in order
var log = [];
var g = { length: 3 };
Object.defineProperty(g, 0, { get: function () { log.push(0); return 'a'; } });
Object.defineProperty(g, 2, { get: function () { log.push(2); return 'b'; } });
print(Array.prototype.indexOf.call(g, 'b'), log.join(','));
try { Array.prototype.indexOf.call(null, 1); } catch (e) { print(e.name); }
print(Array.prototype.indexOf.length, Array.prototype.lastIndexOf.length);
