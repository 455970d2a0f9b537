// Inline caches (vm/inline_cache.h), property reads: each case reads
// through one site in a loop while something the cached answer depends on
// changes part way, so a stale entry would print a wrong value.
function getX(o) { return o.x; }
function callM(o) { return o.m(); }
var out = [];

// Several shapes, a table object, an array, a function through one site.
var big = {a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, x: 'big'};
var arr = [1, 2]; arr.x = 'arr';
var fn = function () {}; fn.x = 'fn';
function P(v) { this.x = v; }
var kinds = [{x: 1}, {y: 2, x: 3}, {a: 0, b: 0, x: 4}, big, arr, fn, new P(5), new P(6), {}, Object.create(null)];
for (var r = 0; r < 3; r++) for (var i = 0; i < kinds.length; i++) out.push(getX(kinds[i]));
print('poly', out.join(','));

// A method on a prototype: replaced, shadowed by an own property, the own one deleted.
function C() { this.v = 1; }
C.prototype.m = function () { return 'proto'; };
out = [];
var objs = [new C(), new C(), new C()];
for (var i = 0; i < 12; i++) {
    if (i === 3) C.prototype.m = function () { return 'replaced'; };
    if (i === 6) objs[1].m = function () { return 'own'; };
    if (i === 9) delete objs[1].m;
    out.push(callM(objs[i % 3]));
}
print('method', out.join(','));

// Three levels: the middle prototype gains the key, a getter, loses it.
function A() {}
A.prototype.x = 'A';
function B() {}
B.prototype = Object.create(A.prototype);
var b = new B(), b2 = new B();
out = [];
for (var i = 0; i < 16; i++) {
    if (i === 2) B.prototype.x = 'B';
    if (i === 4) delete B.prototype.x;
    if (i === 6) Object.defineProperty(B.prototype, 'x', {get: function () { return 'getter ' + (this === b); }, configurable: true});
    if (i === 8) delete B.prototype.x;
    if (i === 10) Object.setPrototypeOf(b, {x: 'swapped'});
    if (i === 12) b.__proto__ = B.prototype;
    if (i === 14) Object.setPrototypeOf(B.prototype, {x: 'new root'});
    out.push(getX(b), getX(b2));
}
print('chain', out.join(','));

// The holder's data property becomes an accessor and back; an earlier key
// deleted shifts the holder's table.
var proto = {p: 1, q: 2, x: 'data'};
var kid = Object.create(proto);
out = [];
for (var i = 0; i < 10; i++) {
    if (i === 2) Object.defineProperty(proto, 'x', {get: function () { return 'acc'; }, configurable: true});
    if (i === 4) Object.defineProperty(proto, 'x', {value: 'data again', writable: true, configurable: true});
    if (i === 6) delete proto.p;
    if (i === 8) { delete proto.x; proto.x = 'readded'; }
    out.push(getX(kid));
}
print('holder', out.join(','));

// Receivers with tables of their own (more than 8 properties) inheriting a method.
function Big(i) { this.a = i; this.b = 0; this.c = 0; this.d = 0; this.e = 0; this.f = 0; this.g = 0; this.h = 0; this.i = 0; }
Big.prototype.m = function () { return 'Big' + this.a; };
var bigs = [new Big(0), new Big(1), new Big(2)];
out = [];
for (var i = 0; i < 9; i++) {
    if (i === 3) bigs[2].m = function () { return 'own' + this.a; };
    if (i === 6) Big.prototype.m = function () { return 'new' + this.a; };
    out.push(callM(bigs[i % 3]));
}
print('tables', out.join(','));

// Built-in objects (tables in flash until written): a method replaced and restored.
// (reverse rather than push: a run stopped by the out-of-memory tests must
// leave what the next script uses alone.)
var reverse = Array.prototype.reverse, list = [1, 2];
out = [];
for (var i = 0; i < 6; i++) {
    if (i === 2) Array.prototype.reverse = function () { out.push('patched ' + this.length); return this; };
    if (i === 4) Array.prototype.reverse = reverse;
    list.reverse();
}
print('builtin', out.join(','), list.join(','));
var maxes = [];
for (var i = 0; i < 6; i++) {
    if (i === 3) Math.max = function () { return 'mine'; };
    maxes.push(Math.max(i, 2));
}
print('math', maxes.join(','));
var hop = [];
for (var i = 0; i < 4; i++) {
    if (i === 2) Object.prototype.hasOwnProperty = function () { return 'overridden'; };
    hop.push({z: 1}.hasOwnProperty('z'));
}
print('hasOwn', hop.join(','));

// Primitives, typed arrays and array lengths as receivers.
function len(v) { return v.length; }
function fix(v) { return v.toFixed(1); }
var ta = new Uint8Array(3);
var vals = ['abc', [1, 2, 3, 4], ta, {length: 'own'}, 'de', function (a, b) {}];
out = [];
for (var i = 0; i < vals.length * 2; i++) out.push(len(vals[i % vals.length]));
print('length', out.join(','));
out = [];
for (var i = 0; i < 6; i++) {
    if (i === 3) Number.prototype.toFixed = function () { return 'fixed'; };
    out.push(fix(i + 0.25));
}
print('number', out.join(','));
out = [];
function foo(v) { return v.foo; }
for (var i = 0; i < 6; i++) {
    if (i === 2) String.prototype.foo = 'sfoo';
    if (i === 4) Object.getPrototypeOf(Uint8Array.prototype).foo = 'tafoo';
    out.push(foo('s'), foo(ta));
}
print('protos', out.join(','));

// Getters on a prototype see the receiver.
function G(n) { this.n = n; }
Object.defineProperty(G.prototype, 'x', {get: function () { return 'g' + this.n; }});
out = [];
for (var i = 0; i < 4; i++) out.push(getX(new G(i)));
print('getter', out.join(','));
