// Object.keys / Object.getOwnPropertyNames: order, enumerability, virtual
// properties of arrays, functions and String objects.
var o = { b: 1, a: 2, 10: 'ten', 2: 'two' };
o.z = 3;
o[1] = 'one';
Object.defineProperty(o, 'hidden', { value: 1 });
print(Object.keys(o));
print(Object.getOwnPropertyNames(o));
delete o.b;
o.b = 4;
print(Object.keys(o));

var a = ['x', , 'z'];
a.name = 'arr';
a[10] = 'ten';
print(Object.keys(a));
print(Object.getOwnPropertyNames(a));
print(Object.keys([]).length, Object.getOwnPropertyNames([]));

var s = new String('ab');
s.extra = 1;
print(Object.keys(s));
print(Object.getOwnPropertyNames(s));

function strictFn(x, y) { 'use strict'; }
print(Object.getOwnPropertyNames(strictFn));
print(Object.keys(strictFn).length);
strictFn.custom = 1;
print(Object.keys(strictFn));

var inherited = Object.create({ up: 1 });
inherited.own = 2;
print(Object.keys(inherited), Object.getOwnPropertyNames(inherited));

// large and sparse index keys sort numerically; non-index numbers stay strings
var n = {};
n[4294967295] = 'not an index';
n[4294967294] = 'max index';
n[100000] = 'big';
n[3] = 'small';
n['-1'] = 'negative';
n['01'] = 'leading zero';
print(Object.keys(n));

// arguments objects
(function () { print(Object.keys(arguments)); })('p', 'q');

// result is a fresh array each time
var k1 = Object.keys(o), k2 = Object.keys(o);
print(k1 !== k2, Array.isArray(k1));

try { Object.keys(); } catch (e) { print(e.name); }
try { Object.getOwnPropertyNames(null); } catch (e) { print(e.name); }
