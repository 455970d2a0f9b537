// Odd corners of built-in methods as lightweight functions: accessors from
// tables, with, switch, loose equality, bound chains, inheritance from one.
print(Math.max.call === Function.prototype.call, Math.max.constructor === Function);
var gd = Object.getOwnPropertyDescriptor(RegExp.prototype, 'global');
print(typeof gd.get, gd.get.name, gd.get.length, gd.get.call(/a/g), gd.set);
try { [1].map(function () { throw new Error('x'); }); } catch (e) { print(e.stack.split('\n').length > 1); }
print([Math.max, Math.min].indexOf(Math.min), [Math.min, Math.max].sort().length);
switch (Math.max) { case Math.min: print('min'); break; case Math.max: print('max'); break; }
with (Math.max) { print(name, length); }
print(Object.prototype.propertyIsEnumerable.call(Math.max, 'length'));
Math.max.e = 1; for (var k in Math.max) print('key', k);
print(eval === eval, (0, eval)('1+1'));
print(String(Math.max) == Math.max, Math.max == 'function max() { [native code] }', [Math.max] + '');
print(Math.max.apply(null, {length: 2, 0: 1, 1: 5}));
try { new (Math.max.bind(null))(); } catch (e) { print('bound new', e instanceof TypeError); }
print(Function.prototype.apply.call(Math.max, null, Math.max));
var c = Object.create(Math.floor); print(typeof c, c.length, c.name, Object.getPrototypeOf(c) === Math.floor);
print(Object.getOwnPropertyNames(Object.getOwnPropertyDescriptor(Math, 'max').value).length);
var t = {}; t[Math.max] = 1; print(Object.keys(t)[0]);
print(typeof Math.max.bind, Math.max.bind(null, 1).bind(null, 2)(3));
print(Object.prototype.hasOwnProperty.call(Math.abs, 'name'), 'name' in Math.abs);
print(Array.prototype.concat.call(Math.max, 1).length);
print(isFinite(Math.max), Number(Math.max), +[].push);
var o = {valueOf: Math.random}; print(typeof (o * 1));
print(Object.prototype.toString.call(Object.getOwnPropertyDescriptor(Math, 'abs').value));
print(typeof String.prototype.toString.call.call);
print(Math.max.name = 'x', Math.max.name);
print([1, 2, 3].map(Number.prototype.toFixed.call.bind(Number.prototype.toFixed)).join());
print(String.prototype.replace.call('aXb', 'X', String.prototype.toLowerCase.call.bind(String.prototype.toLowerCase)));
print(Object.getOwnPropertyNames(Function.prototype).sort().join());
print('abc'.replace('b', Math.max.toString.call.bind(String)));
