// Proxy invariants (ES2024 10.5): a trap may not report what the target
// contradicts; each violation is a TypeError.
function check(label, fn) {
  try {
    var r = fn();
    print(label + ': ok ' + String(r));
  } catch (e) {
    print(label + ': ' + e.constructor.name);
  }
}
var frozen = Object.freeze({ x: 1 });
var sealed = Object.seal({ y: 2 });
var fixed = {};
Object.defineProperty(fixed, 'z', { value: 3, writable: false, configurable: false });
Object.defineProperty(fixed, 'acc', { get: undefined, set: undefined, configurable: false });
var closed = Object.preventExtensions({ w: 4 });

check('get non-writable other value', function () { return new Proxy(fixed, { get: function () { return 9; } }).z; });
check('get non-writable same value', function () { return new Proxy(fixed, { get: function () { return 3; } }).z; });
check('get accessor without getter', function () { return new Proxy(fixed, { get: function () { return 1; } }).acc; });
check('set non-writable', function () { return Reflect.set(new Proxy(fixed, { set: function () { return true; } }), 'z', 5); });
check('set non-writable same value', function () { return Reflect.set(new Proxy(fixed, { set: function () { return true; } }), 'z', 3); });
check('set accessor without setter', function () { return Reflect.set(new Proxy(fixed, { set: function () { return true; } }), 'acc', 1); });
check('set false in sloppy code', function () { var p = new Proxy({}, { set: function () { return false; } }); p.q = 1; return p.q; });
check('set false in strict code', function () { 'use strict'; var p = new Proxy({}, { set: function () { return false; } }); p.q = 1; });
check('has hides non-configurable', function () { return 'z' in new Proxy(fixed, { has: function () { return false; } }); });
check('has hides on non-extensible', function () { return 'w' in new Proxy(closed, { has: function () { return false; } }); });
check('has hides configurable', function () { return 'a' in new Proxy({ a: 1 }, { has: function () { return false; } }); });
check('delete non-configurable', function () { return delete new Proxy(fixed, { deleteProperty: function () { return true; } }).z; });
check('delete on non-extensible', function () { return Reflect.deleteProperty(new Proxy(closed, { deleteProperty: function () { return true; } }), 'w'); });
check('delete false strict', function () { 'use strict'; delete new Proxy({ a: 1 }, { deleteProperty: function () { return false; } }).a; });
check('delete false sloppy', function () { return delete new Proxy({ a: 1 }, { deleteProperty: function () { return false; } }).a; });
check('defineProperty new on non-extensible', function () { return Reflect.defineProperty(new Proxy(closed, { defineProperty: function () { return true; } }), 'n', { value: 1 }); });
check('defineProperty non-configurable absent', function () { return Reflect.defineProperty(new Proxy({}, { defineProperty: function () { return true; } }), 'n', { value: 1, configurable: false }); });
check('defineProperty incompatible', function () { return Reflect.defineProperty(new Proxy(fixed, { defineProperty: function () { return true; } }), 'z', { value: 4 }); });
check('defineProperty false throws', function () { Object.defineProperty(new Proxy({}, { defineProperty: function () { return false; } }), 'n', { value: 1 }); });
check('defineProperty false reflect', function () { return Reflect.defineProperty(new Proxy({}, { defineProperty: function () { return false; } }), 'n', { value: 1 }); });
check('gOPD undefined for non-configurable', function () { return Object.getOwnPropertyDescriptor(new Proxy(fixed, { getOwnPropertyDescriptor: function () { return undefined; } }), 'z'); });
check('gOPD non-configurable for configurable', function () { return Object.getOwnPropertyDescriptor(new Proxy({ a: 1 }, { getOwnPropertyDescriptor: function () { return { value: 1, configurable: false }; } }), 'a'); });
check('gOPD returns primitive', function () { return Object.getOwnPropertyDescriptor(new Proxy({}, { getOwnPropertyDescriptor: function () { return 1; } }), 'a'); });
check('gOPD completes descriptor', function () { return JSON.stringify(Object.getOwnPropertyDescriptor(new Proxy({}, { getOwnPropertyDescriptor: function () { return { value: 5, configurable: true }; } }), 'a')); });
check('ownKeys duplicate', function () { return Reflect.ownKeys(new Proxy({}, { ownKeys: function () { return ['a', 'a']; } })); });
check('ownKeys non-string', function () { return Reflect.ownKeys(new Proxy({}, { ownKeys: function () { return [1]; } })); });
check('ownKeys not an object', function () { return Reflect.ownKeys(new Proxy({}, { ownKeys: function () { return 'ab'; } })); });
check('ownKeys omits non-configurable', function () { return Reflect.ownKeys(new Proxy(fixed, { ownKeys: function () { return ['acc']; } })); });
check('ownKeys extra on non-extensible', function () { return Reflect.ownKeys(new Proxy(closed, { ownKeys: function () { return ['w', 'v']; } })); });
check('ownKeys omits on non-extensible', function () { return Reflect.ownKeys(new Proxy(closed, { ownKeys: function () { return []; } })); });
check('ownKeys extra on extensible', function () { return Reflect.ownKeys(new Proxy({}, { ownKeys: function () { return ['v', Symbol.iterator]; } })).length; });
check('getPrototypeOf non-object', function () { return Object.getPrototypeOf(new Proxy({}, { getPrototypeOf: function () { return 1; } })); });
check('getPrototypeOf lies on non-extensible', function () { return Object.getPrototypeOf(new Proxy(closed, { getPrototypeOf: function () { return Array.prototype; } })); });
check('getPrototypeOf lies on extensible', function () { return Object.getPrototypeOf(new Proxy({}, { getPrototypeOf: function () { return Array.prototype; } })) === Array.prototype; });
check('setPrototypeOf on non-extensible', function () { return Reflect.setPrototypeOf(new Proxy(closed, { setPrototypeOf: function () { return true; } }), Array.prototype); });
check('setPrototypeOf false', function () { Object.setPrototypeOf(new Proxy({}, { setPrototypeOf: function () { return false; } }), null); });
check('isExtensible lies', function () { return Object.isExtensible(new Proxy({}, { isExtensible: function () { return false; } })); });
check('preventExtensions lies', function () { return Reflect.preventExtensions(new Proxy({}, { preventExtensions: function () { return true; } })); });
check('preventExtensions false', function () { Object.preventExtensions(new Proxy({}, { preventExtensions: function () { return false; } })); });
check('trap not callable', function () { return new Proxy({}, { get: 1 }).a; });
check('trap null forwards', function () { return new Proxy({ a: 7 }, { get: null }).a; });
check('frozen target get', function () { return new Proxy(frozen, { get: function () { return 1; } }).x; });
check('sealed target delete', function () { return delete new Proxy(sealed, {}).y; });
check('not an object target', function () { return new Proxy(1, {}); });
check('not an object handler', function () { return new Proxy({}, null); });
check('call without new', function () { return Proxy({}, {}); });
check('construct trap returns primitive', function () { return new (new Proxy(function () {}, { construct: function () { return 1; } }))(); });
