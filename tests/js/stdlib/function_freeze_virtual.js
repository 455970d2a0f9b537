// Freezing or sealing a function makes its length and name non-configurable
// too; %ThrowTypeError% is frozen.
function desc(o, k) {
  var d = Object.getOwnPropertyDescriptor(o, k);
  return d ? [JSON.stringify(d.value), d.writable, d.enumerable, d.configurable].join('/') : 'none';
}
var T = Object.getOwnPropertyDescriptor(function () { 'use strict'; return arguments; }(), 'callee').get;
print('thrower', desc(T, 'length'), desc(T, 'name'), Object.isFrozen(T), Object.isExtensible(T));
try { T(); } catch (e) { print(e.name); }

function f(a, b) {}
print(Object.isSealed(Object.preventExtensions(function () {})), Object.isFrozen(Object.preventExtensions(function () {})));
Object.freeze(f);
print('frozen', desc(f, 'length'), desc(f, 'name'), Object.isFrozen(f), Object.isSealed(f), delete f.length, f.length);
print(f.hasOwnProperty('length'), f.hasOwnProperty('name'));
var g = function g(x) {};
Object.seal(g);
print('sealed', desc(g, 'length'), desc(g, 'name'), Object.isSealed(g));
var h = function () {};
delete h.name;
Object.freeze(h);
print('deleted name', desc(h, 'name'), desc(h, 'length'), Object.isFrozen(h), h.name === Function.prototype.name);
var b = f.bind(null, 1);
Object.freeze(b);
print('bound', desc(b, 'length'), desc(b, 'name'), Object.isFrozen(b));
Object.freeze(Math.max);
print('native', desc(Math.max, 'length'), desc(Math.max, 'name'), Object.isFrozen(Math.max));
var e = Object.preventExtensions(Math.min);
Object.defineProperty(e, 'length', { configurable: false });
Object.defineProperty(e, 'name', { configurable: false });
print('by hand', Object.isSealed(e), Object.isFrozen(e));
