// Inline caches (vm/inline_cache.h), property writes: each case writes
// through one site in a loop while something the cached answer depends on
// changes part way (setters, read-only inherited properties, frozen or
// non-extensible receivers, prototypes swapped), so a stale entry would
// write where the generic [[Set]] would not.
function setX(o, v) { o.x = v; }
function setXStrict(o, v) { 'use strict'; o.x = v; }
function tryStrict(o, v) {
    try { setXStrict(o, v); return 'ok'; } catch (e) { return e.constructor.name; }
}
function show(o) { return Object.prototype.hasOwnProperty.call(o, 'x') ? 'own ' + o.x : 'none'; }
var out = [];

// Own properties of several shapes, a table object and an array.
var big = {a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, x: 0};
var arr = [1]; arr.x = 0;
var kinds = [{x: 0}, {y: 0, x: 0}, {a: 0, b: 0, c: 0, x: 0}, big, arr];
for (var r = 0; r < 3; r++) for (var i = 0; i < kinds.length; i++) setX(kinds[i], r * 10 + i);
out = [];
for (var i = 0; i < kinds.length; i++) out.push(kinds[i].x);
print('poly', out.join(','));

// Adding the key in a constructor (a shape transition, once the constructor
// has learnt its objects' room) while the prototype chain changes.
var log = [];
function Ctor(v, how) {
    this.y = 1;
    if (how === 'lock') Object.preventExtensions(this);
    if (how === 'swap') Object.setPrototypeOf(this, {set x(w) { log.push('swapped setter ' + w); }});
    if (how === 'deep') this.__proto__ = Object.create({set x(w) { log.push('deep setter ' + w); }});
    this.x = v;
}
function CtorStrict(v, how) {
    'use strict';
    this.y = 1;
    if (how === 'lock') Object.preventExtensions(this);
    this.x = v;
}
CtorStrict.prototype = Ctor.prototype;
function strictNew(v, how) {
    try { return show(new CtorStrict(v, how)); } catch (e) { return e.constructor.name; }
}
var made = [];
for (var i = 0; i < 20; i++) {
    if (i === 3) Object.defineProperty(Ctor.prototype, 'x', {set: function (v) { log.push('setter ' + v); }, configurable: true});
    if (i === 5) delete Ctor.prototype.x;
    if (i === 7) Object.defineProperty(Ctor.prototype, 'x', {value: 'ro', writable: false, configurable: true});
    if (i === 9) delete Ctor.prototype.x;
    if (i === 11) Object.defineProperty(Object.prototype, 'x', {set: function (v) { log.push('root ' + v); }, configurable: true});
    if (i === 13) delete Object.prototype.x;
    var how = i === 15 ? 'lock' : i === 16 ? 'swap' : i === 17 ? 'deep' : '';
    made.push(show(new Ctor(i, how)) + ' ' + strictNew(i, how === 'lock' ? how : ''));
}
print('add', made.join(','));
print('setters', log.join(','));

// Receivers made non-extensible, sealed, frozen; the prototype swapped for one with a setter.
out = [];
for (var i = 0; i < 10; i++) {
    var o = {y: 1};
    if (i === 2 || i === 3) Object.preventExtensions(o);
    if (i === 4) Object.seal(o);
    if (i === 5) Object.freeze(o);
    if (i === 6) Object.setPrototypeOf(o, {set x(v) { out.push('proto setter ' + v); }});
    if (i === 7) o.__proto__ = Object.create({set x(v) { out.push('deep setter ' + v); }});
    setX(o, i);
    out.push(show(o) + (i >= 2 && i <= 5 ? ' ' + tryStrict(o, i) : ''));
}
print('receiver', out.join(','));

// Existing own properties made read-only, accessors, deleted.
var t = {x: 0, y: 0};
var tb = {a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, x: 0};
out = [];
for (var i = 0; i < 10; i++) {
    if (i === 2) { Object.defineProperty(t, 'x', {writable: false}); Object.defineProperty(tb, 'x', {writable: false}); }
    if (i === 4) { Object.defineProperty(t, 'x', {writable: true}); Object.defineProperty(tb, 'x', {writable: true}); }
    if (i === 6) { var acc = {get: function () { return 'acc'; }, set: function (v) { out.push('set ' + v); }, configurable: true};
                   Object.defineProperty(t, 'x', acc); Object.defineProperty(tb, 'x', acc); }
    if (i === 8) { delete t.x; delete tb.x; }
    setX(t, i); setX(tb, -i);
    out.push(t.x + '/' + tb.x + (i === 3 ? ' ' + tryStrict(t, i) + ' ' + tryStrict(tb, i) : ''));
}
print('own', out.join(','));

// Built-in objects in flash: written (copied to RAM), a read-only one.
out = [];
for (var i = 0; i < 4; i++) {
    setX(Math, i);
    out.push(Math.x);
}
function setPI(v) { Math.PI = v; }
function setPIStrict(v) { 'use strict'; Math.PI = v; }
setPI(3); setPI(4);
var piErr;
try { setPIStrict(5); } catch (e) { piErr = e.constructor.name; }
print('builtin', out.join(','), Math.PI, piErr);

// Array lengths, typed arrays, primitives.
function setLen(a, n) { a.length = n; }
var la = [1, 2, 3, 4, 5];
for (var i = 4; i >= 1; i--) setLen(la, i);
var ta = new Uint8Array(2);
setX(ta, 'named');
var primErr = [];
for (var i = 0; i < 3; i++) {
    setX('str', i);
    setX(5, i);
    primErr.push(tryStrict('str', i), tryStrict(5, i));
}
print('others', la.join(','), ta.x, primErr.join(','));
