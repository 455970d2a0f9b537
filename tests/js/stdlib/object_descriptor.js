// Object.getOwnPropertyDescriptor on plain, built-in and virtual properties.
function desc(o, k) {
    var d = Object.getOwnPropertyDescriptor(o, k);
    if (d === undefined) return 'undefined';
    var parts = [];
    for (var p in d) parts.push(p + '=' + (typeof d[p] === 'function' ? 'fn' : d[p]));
    return parts.join(' ');
}
var o = { a: 1, get g() { return 1; }, set s(v) {} };
print(desc(o, 'a'));
print(desc(o, 'g'));
print(desc(o, 's'));
print(desc(o, 'missing'));
print(desc(o, 'toString'));
print(desc(Object.prototype, 'toString'));
print(desc([1, 2], 'length'));
print(desc([1, 2], 0));
print(desc([1, 2], '1'));
print(desc(new String('xy'), '0'));
print(desc(new String('xy'), 'length'));
print(desc(new String('xy'), 2));
print(desc(Math, 'PI'));
print(desc(function (a, b) {}, 'prototype'));
print(desc(Object, 'prototype'));
// a new descriptor object each time
var d1 = Object.getOwnPropertyDescriptor(o, 'a'), d2 = Object.getOwnPropertyDescriptor(o, 'a');
print(d1 !== d2, Object.getPrototypeOf(d1) === Object.prototype);
d1.value = 100;
print(o.a);
// key conversion
print(desc({ 1: 'x' }, 1), desc({ 'null': 'n' }, null));
var key = { toString: function () { return 'a'; } };
print(desc(o, key));
try { Object.getOwnPropertyDescriptor(undefined, 'x'); } catch (e) { print(e.name); }
try { Object.getOwnPropertyDescriptor(null); } catch (e) { print(e.name); }
print(Object.getOwnPropertyDescriptor.length);
