// Array.prototype[@@unscopables] (ES2024 23.1.3.38) and `with` consulting
// it. Keys are printed sorted: node 20 lists toReversed, toSorted and
// toSpliced after values (ES2023 order); ES2024 orders all of them by name.
var u = Array.prototype[Symbol.unscopables];
print(Object.getPrototypeOf(u), Object.keys(u).sort().join());
print(Object.keys(u).every(function (k) { return u[k] === true }));
var d = Object.getOwnPropertyDescriptor(Array.prototype, Symbol.unscopables);
print(typeof d.value, d.writable, d.enumerable, d.configurable, d.value === u);
var kd = Object.getOwnPropertyDescriptor(u, 'flat');
print(kd.value, kd.writable, kd.enumerable, kd.configurable);
print('push' in u, 'with' in u, 'toString' in u, 'hasOwnProperty' in u);
print(Object.getOwnPropertySymbols(Array.prototype).length);

// Inside `with (array)` the listed names are not bindings of the array.
var keys = 'outer keys', values = 'outer values', at = 'outer at', flat = 'outer flat', length = 'outer length';
var arr = [1, 2, 3];
with (arr) {
  print(keys, values, at, flat, length, typeof push, typeof join);
}
// The object is an ordinary one: changing it changes what `with` blocks.
delete u.at;
u.push = true;
with (arr) {
  print(typeof at, typeof push);
}
u.at = true;
delete u.push;
// Array.prototype[@@unscopables] is read-only but configurable.
Array.prototype[Symbol.unscopables] = null;
print(Array.prototype[Symbol.unscopables] === u);
try { (function () { 'use strict'; Array.prototype[Symbol.unscopables] = null; })(); } catch (e) { print(e.name); }
print(delete Array.prototype[Symbol.unscopables], Symbol.unscopables in Array.prototype);
with (arr) { print(typeof keys); }
Object.defineProperty(Array.prototype, Symbol.unscopables, d);
with (arr) { print(typeof keys); }
