// shift and unshift: results, holes, generic objects, huge lengths.
var a = [1, 2, 3];
print(a.shift(), a, a.length);
print(a.unshift(0), a);
print(a.unshift(-2, -1), a);
print(a.unshift(), a);
var e = [];
print(e.shift(), e.length);
var h = [, 1, , 3];
print(h.shift(), h.length, Object.keys(h));
h.unshift('x');
print(h.length, Object.keys(h), h);
// generic
var o = { length: 2, 0: 'a', 1: 'b' };
print(Array.prototype.shift.call(o), o.length, o[0], 1 in o);
print(Array.prototype.unshift.call(o, 'z'), o[0], o[1], o.length);
var nolen = {};
print(Array.prototype.shift.call(nolen), nolen.length);
var nolen2 = {};
print(Array.prototype.unshift.call(nolen2, 'q'), nolen2[0], nolen2.length);
// length as a string / float
var s = { length: '3.7', 0: 0, 1: 1, 2: 2 };
print(Array.prototype.shift.call(s), s.length, s[0], s[1], 2 in s);
// sparse with a big length: only existing keys are moved
var big = { length: 200000 };
big[100000] = 'mid';
print(Array.prototype.shift.call(big), big.length, big[99999], 100000 in big);
print(Array.prototype.unshift.call(big, 'a', 'b'), big[100001], big[0], big.length);
// inherited elements get copied into own properties
var proto = [];
proto[1] = 'inherited';
var child = Object.create(proto);
child.length = 3;
child[0] = 'own';
Array.prototype.shift.call(child);
print(child[0], child.hasOwnProperty(0), child.length);
// frozen / sealed arrays
try { Object.freeze([1, 2]).shift(); } catch (e) { print(e.name); }
try { Object.seal([1, 2]).unshift(0); } catch (e) { print(e.name); }
try { Array.prototype.shift.call(undefined); } catch (e) { print(e.name); }
print(Array.prototype.shift.length, Array.prototype.unshift.length);
