// Properties on built-in methods: written, defined, deleted, frozen. They
// keep the method's identity and are seen through every copy of it.
var m = Math.max;
Math.max.foo = 1;
print(Math.max.foo, m.foo, m === Math.max, Math.max(1, 2));
var holder = {f: Math.max};
holder.f.bar = 2;
print(Math.max.bar, holder.f === Math.max, Object.keys(Math.max).sort().join());
Object.defineProperty(Array.prototype.push, 'x', {value: 42, enumerable: false});
print([].push.x, Array.prototype.push.x, Object.getOwnPropertyNames([].push).sort().join());
var d = Object.getOwnPropertyDescriptor([].push, 'x');
print(d.value, d.writable, d.enumerable, d.configurable);
[].push.x = 1;
print([].push.x);
print(delete Math.max.foo, Math.max.foo, 'foo' in Math.max, delete Math.max.bar);
print(delete Math.max.length, Math.max.length, Math.max.hasOwnProperty('length'));
print(delete Math.max.name, Math.max.name, Math.max.hasOwnProperty('name'));
Object.defineProperty(Math.min, 'name', {value: 'smallest'});
print(Math.min.name, String(Math.min));
Math.abs.length = 5;
print(Math.abs.length);
Object.defineProperty(Math.abs, 'length', {value: 3});
print(Math.abs.length);
Object.freeze(Math.floor);
print(Object.isFrozen(Math.floor), Object.isExtensible(Math.floor));
Math.floor.y = 1;
print(Math.floor.y, Math.floor(1.5));
(function () {
    'use strict';
    try { Math.floor.z = 1; } catch (e) { print('strict frozen', e instanceof TypeError); }
    try { Math.ceil.length = 1; } catch (e) { print('strict length', e instanceof TypeError); }
})();
Object.preventExtensions(Math.ceil);
Math.ceil.q = 1;
print(Math.ceil.q, Object.isExtensible(Math.ceil), Object.isSealed(Math.ceil));
Object.seal(Math.round);
print(Object.isSealed(Math.round), delete Math.round.length, Math.round.length);
var withAccessor = Math.sqrt, seen;
Object.defineProperty(Math.sqrt, 'me', {get: function () { return this; }, set: function (v) { seen = this; }});
Math.sqrt.me = 1;
print(Math.sqrt.me === Math.sqrt, seen === withAccessor);
var child = Object.create(Math.pow);
print(Object.getPrototypeOf(child) === Math.pow, child.length, child instanceof Function, Math.pow.isPrototypeOf(child));
function F() {}
F.prototype = Math.exp;
var inst = new F();
print(Object.getPrototypeOf(inst) === Math.exp, typeof inst, inst.name);
Function.prototype.shared = 'proto';
print(Math.max.shared, [].push.shared);
delete Function.prototype.shared;
print(Math.max.shared);
for (var k in Math.max) print('own enumerable', k);
print(Object.keys(Math).length);
