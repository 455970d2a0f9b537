// Object.freeze / seal / preventExtensions and their tests; sloppy writes to
// frozen objects are silently ignored, strict ones throw.
function state(o) {
    return [Object.isExtensible(o), Object.isSealed(o), Object.isFrozen(o)].join(',');
}
var o = { a: 1, b: { c: 2 } };
print(state(o));
print(Object.freeze(o) === o, state(o));
o.a = 5; o.z = 1; delete o.a;
print(o.a, o.z, 'z' in o, Object.keys(o));
o.b.c = 3;                               // shallow
print(o.b.c);
try { (function () { 'use strict'; o.a = 2; })(); } catch (e) { print(e.name); }
try { (function () { 'use strict'; o.q = 2; })(); } catch (e) { print(e.name); }
try { (function () { 'use strict'; delete o.a; })(); } catch (e) { print(e.name); }
var d = Object.getOwnPropertyDescriptor(o, 'a');
print(d.writable, d.configurable, d.enumerable);

var s = Object.seal({ x: 1 });
print(state(s));
s.x = 2; s.y = 3; delete s.x;
print(s.x, s.y, Object.getOwnPropertyDescriptor(s, 'x').writable);

var p = Object.preventExtensions({ x: 1 });
print(state(p));
p.y = 1; delete p.x;
print(p.x, p.y, state(p));
print(state(Object.preventExtensions({})));

// arrays
var a = Object.freeze([1, 2, 3]);
print(state(a));
a[0] = 9; a[5] = 1; a.length = 0;
print(a, a.length);
try { a.push(4); } catch (e) { print(e.name); }
try { a.pop(); } catch (e) { print(e.name); }
try { a.shift(); } catch (e) { print(e.name); }
try { a.sort(); } catch (e) { print(e.name); }
try { a.reverse(); } catch (e) { print(e.name); }
print(a, a.slice(1), a.concat([4]), a.map(function (x) { return x * 2; }));
var sa = Object.seal([1, 2]);
sa[0] = 'w';
print(sa, state(sa));
try { sa.push(3); } catch (e) { print(e.name); }
print(sa.length);
var ea = Object.freeze([]);
try { ea.push(1); } catch (e) { print(e.name); }
print(ea.length, state(ea));

// accessors stay callable on frozen objects
var count = 0;
var acc = Object.freeze({ get g() { return ++count; }, set s(v) { count = v; } });
acc.s = 10;
print(acc.g, state(acc));

// functions
function f() {}
Object.freeze(f);
print(state(f), typeof f.prototype, Object.getOwnPropertyDescriptor(f, 'prototype').writable);
function g() {}
Object.seal(g);
// (node 20 reports isFrozen(g) true here although g.prototype stays writable)
print(Object.isSealed(g), Object.getOwnPropertyDescriptor(g, 'prototype').writable);

// empty objects
var e = Object.preventExtensions({});
print(Object.isSealed(e), Object.isFrozen(e));

// errors (ES5: the argument must be an object)
var names = ['freeze', 'seal', 'preventExtensions', 'isFrozen', 'isSealed', 'isExtensible'];
print(names.map(function (n) { return typeof Object[n] + Object[n].length; }).join(' '));
