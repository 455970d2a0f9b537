// Globals a script adds sit beside the built-in globals (which stay in
// flash until one of them changes): lookups, order, attributes, writes,
// deletes and redefinitions of both kinds, freezing.
// The .expected file is node 20's output running this in its main context
// (vm.runInThisContext with a print that joins String()s): gen_expected.js
// runs scripts in a vm context, whose global object differs from the spec
// here (its vars are configurable, its keys come in another order, and it
// cannot be frozen).
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
var counter = 0;
print(fib(10), typeof Array, typeof Math.max, parseInt('42'), isNaN(NaN));

var names = Object.getOwnPropertyNames(globalThis);
print(names.indexOf('fib') > names.indexOf('Array'), names.indexOf('counter') > names.indexOf('fib'));
print(names.indexOf('parseInt') >= 0, names.indexOf('fib') >= 0, names.indexOf('nothing') >= 0);
print(globalThis.hasOwnProperty('Math'), globalThis.hasOwnProperty('fib'), 'JSON' in globalThis);

print(JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, 'NaN')));
print(JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, 'counter')));
var d = Object.getOwnPropertyDescriptor(globalThis, 'isFinite');
print(d.writable, d.enumerable, d.configurable, d.value === isFinite);

// Reads and writes in a loop: the same names each time.
for (var i = 0; i < 5; i++) { counter += Math.abs(-i); }
print(counter);

// Writing a built-in global, then putting it back.
var savedParseInt = parseInt;
parseInt = function () { return 'mine'; };
print(parseInt('1'), globalThis.parseInt('2'));
parseInt = savedParseInt;
print(parseInt('17'));
// Through the global object as a base.
globalThis.encodeURIComponent = function () { return 'replaced'; };
print(encodeURIComponent('a b'));

// Non-writable built-ins stay as they are.
NaN = 5;
Infinity = 0;
print(NaN, Infinity);
(function () {
    'use strict';
    try { undefined = 1; } catch (e) { print(e instanceof TypeError); }
})();

// Deleting: a built-in, an added configurable global, a var (not deletable).
print(delete globalThis.escape, typeof escape);
globalThis.made = 1;
print(delete globalThis.made, typeof made);
print(delete globalThis.counter, typeof counter);

// Redefining a built-in as an accessor, and defining a new one.
Object.defineProperty(globalThis, 'unescape', { get: function () { return 'got'; }, configurable: true });
print(unescape);
Object.defineProperty(globalThis, 'answer', { value: 42, enumerable: false });
print(answer, Object.keys(globalThis).indexOf('answer'), Object.keys(globalThis).indexOf('fib') >= 0);

// for-in lists the enumerable ones: the script's vars and functions.
var listed = [];
for (var k in globalThis) if (k === 'fib' || k === 'counter' || k === 'Array' || k === 'answer') listed.push(k);
print(listed.join());

// Function declarations over existing globals.
eval('function isFinite() { return "declared"; }');
print(isFinite(1));
var again = new Function('return typeof fib')();
print(again);
