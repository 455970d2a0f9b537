// instanceof asks the right-hand side's @@hasInstance (ES2024 13.10.2),
// else OrdinaryHasInstance; Function.prototype[@@hasInstance].
function attempt(label, f) {
  try { print(label, f()) } catch (e) { print(label, e.name, e instanceof TypeError, e.message === 'boom') }
}
function F() {}
var f = new F();
print(f instanceof F, {} instanceof F, 1 instanceof F, f instanceof Object, F instanceof Function);

var d = Object.getOwnPropertyDescriptor(Function.prototype, Symbol.hasInstance);
print(typeof d.value, d.writable, d.enumerable, d.configurable, d.value.name, d.value.length);
print(Object.getOwnPropertySymbols(Function.prototype).indexOf(Symbol.hasInstance) >= 0);
// Not writable: assignment is ignored (sloppy) and a TypeError (strict).
Function.prototype[Symbol.hasInstance] = null;
print(typeof Function.prototype[Symbol.hasInstance]);
attempt('strict write', function () { 'use strict'; Function.prototype[Symbol.hasInstance] = null; });
attempt('delete', function () { return delete Function.prototype[Symbol.hasInstance] });

// An object with the method needs not be callable; its result is made
// a boolean; this is the right-hand side, the one argument the left.
var calls = [];
var O = { [Symbol.hasInstance]: function (v) { calls.push([this === O, v, arguments.length].join()); return 'truthy' } };
print(5 instanceof O, calls.join(' | '));
var Z = { [Symbol.hasInstance]: function () { return 0 } };
print({} instanceof Z);
attempt('plain object', function () { return {} instanceof {} });
attempt('primitive rhs', function () { return {} instanceof 1 });
attempt('not callable method', function () { return {} instanceof { [Symbol.hasInstance]: 1 } });
attempt('null method', function () { return {} instanceof { [Symbol.hasInstance]: null } });
attempt('method throws', function () { return {} instanceof { [Symbol.hasInstance]: function () { throw new Error('boom') } } });
attempt('getter throws', function () {
  return {} instanceof Object.defineProperty(function () {}, Symbol.hasInstance, { get: function () { throw new Error('boom') } })
});
// A function's own method wins over Function.prototype's.
function G() {}
Object.defineProperty(G, Symbol.hasInstance, { value: function (v) { return v === 42 } });
print(42 instanceof G, new G() instanceof G);
// A class's static method too.
class C { static [Symbol.hasInstance](v) { return typeof v === 'string' } }
print('s' instanceof C, new C() instanceof C);

// Function.prototype[@@hasInstance] called directly: OrdinaryHasInstance.
var hi = Function.prototype[Symbol.hasInstance];
print(hi.call(F, f), hi.call(F, {}), hi.call(F, 1), hi.call({}, f), hi.call(undefined, f), hi.call(F));
attempt('bad prototype', function () { var H = function () {}; H.prototype = 1; return hi.call(H, {}) });
attempt('primitive skips prototype', function () { var H = function () {}; H.prototype = 1; return hi.call(H, 1) });
attempt('prototype getter throws', function () {
  var T = () => 0;  // an arrow has no prototype of its own to redefine
  Object.defineProperty(T, 'prototype', { get: function () { throw new Error('boom') } });
  return hi.call(T, {});
});
// Bound functions: the target's @@hasInstance (InstanceofOperator).
var BF = F.bind(null);
print(f instanceof BF, hi.call(BF, f), hi.call(BF, {}));
var BG = G.bind(null);
print(42 instanceof BG, hi.call(BG, 42), hi.call(BG, 1));
var BB = BF.bind(null);
print(f instanceof BB);
print([] instanceof Array, Array[Symbol.hasInstance]([]), Object[Symbol.hasInstance]([]));
