// Default parameters: evaluated at call time, left to right, only for
// undefined; they see earlier parameters, this and arguments; length.
function f(a, b = a + 1, c = b * 2) { return [a, b, c].join(); }
print(f(1), f(1, 5), f(1, undefined, 0), f(1, null), f.length);
var calls = 0;
function counted(a = ++calls) { return a; }
counted(); counted(); counted(0);
print(calls);
function withThis(a = this) { return a; }
var obj = { m: withThis };
print(obj.m() === obj, withThis.call(obj) === obj);
function args(a = 1, b) { return arguments.length + ' ' + a + ' ' + b; }
print(args(), args(undefined, 2), args(3, 4, 5));
function argsInDefault(a, b = arguments.length) { return b; }
print(argsInDefault(1), argsInDefault(1, undefined, 3));
function unmapped(a = 0) { a = 5; return arguments[0]; }
print(unmapped(1), unmapped());
function unmapped2(a, b = 0) { arguments[0] = 'changed'; return a; }
print(unmapped2('kept'));
print((function (a, b = 1) {}).length, (function (a = 1, b) {}).length, (function (a, b, c = 1) {}).length);
var order = [];
function log(x) { order.push(x); return x; }
function evalOrder(a = log('a'), b = log('b'), c = log('c')) {}
evalOrder(undefined, 1);
print(order.join());
var fe = function me(a = me) { return a === me; };
print(fe());
function fnDefault(cb = function () { return 'default cb'; }) { return cb(); }
print(fnDefault(), fnDefault(function () { return 'given'; }));
function names(f = function () {}, g = () => 1, h = function named() {}) { return f.name + ' ' + g.name + ' ' + h.name; }
print(names());
function complex(a = [1, 2].join('-'), b = { k: a }.k, c = `${a}|${b}`) { return c; }
print(complex());
function nested(a = function (x = 2) { return x * 3; }) { return a(); }
print(nested());
var m = { method(a, b = a) { return a + b; } };
print(m.method(2), m.method.length);
function strictOutside() { 'use strict'; return function (a = 1) { return this; }; }
print(strictOutside()() === undefined);
