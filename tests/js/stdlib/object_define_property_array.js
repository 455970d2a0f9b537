// Object.defineProperty on arrays: elements with attributes, "length"
// truncation, non-configurable elements, non-writable length.
function tryIt(f) {
    try { print('ok', f()); } catch (e) { print(e.name + ': ' + e.message); }
}
function attrs(o, k) {
    var d = Object.getOwnPropertyDescriptor(o, k);
    return d ? [d.value, d.writable, d.enumerable, d.configurable].join('/') : 'absent';
}
var a = [1, 2, 3];
Object.defineProperty(a, '1', { writable: false });
a[1] = 20;
print(a, a.length, attrs(a, '1'), attrs(a, '0'));
Object.defineProperty(a, '5', { value: 6, enumerable: true, configurable: true, writable: true });
print(a.length, a, 4 in a, Object.keys(a));
Object.defineProperty(a, 7, { value: 8 });
print(a.length, Object.keys(a), Object.getOwnPropertyNames(a));
print(a.join('-'), a.slice(0, 3));

// length truncation stops at non-configurable elements
var b = [1, 2, 3, 4, 5];
Object.defineProperty(b, '2', { value: 'fixed', configurable: false });
b.length = 0;                           // sloppy: stops at index 2
print(b.length, b);
tryIt(function () { Object.defineProperty(b, 'length', { value: 1 }); });
print(b.length, b);
Object.defineProperty(b, 'length', { value: 10 });
print(b.length, attrs(b, 'length'));

// length descriptors
var c = [1, 2, 3];
print(attrs(c, 'length'));
tryIt(function () { Object.defineProperty(c, 'length', { value: -1 }); });
tryIt(function () { Object.defineProperty(c, 'length', { value: 1.5 }); });
tryIt(function () { Object.defineProperty(c, 'length', { enumerable: true }); });
tryIt(function () { Object.defineProperty(c, 'length', { configurable: true }); });
tryIt(function () { Object.defineProperty(c, 'length', { get: function () {} }); });
Object.defineProperty(c, 'length', { value: '2' });
print(c.length, c);
Object.defineProperty(c, 'length', { value: { valueOf: function () { return 1; } } });
print(c.length, c);

// non-writable length
var d = [1, 2, 3];
Object.defineProperty(d, 'length', { writable: false });
print(attrs(d, 'length'));
d[5] = 'x';                             // sloppy: ignored
d.length = 0;                           // sloppy: ignored
print(d.length, d, 5 in d);
d[0] = 'changed';                       // existing elements stay writable
print(d);
tryIt(function () { Object.defineProperty(d, '3', { value: 1 }); });
tryIt(function () { Object.defineProperty(d, 'length', { value: 2 }); });
tryIt(function () { Object.defineProperty(d, 'length', { value: 3 }); return 'same length'; });
tryIt(function () { Object.defineProperty(d, 'length', { writable: true }); });
// (messages differ from V8 here: only the error type is printed)
try { (function () { 'use strict'; d[3] = 1; })(); } catch (err) { print(err.name); }
try { d.push(4); } catch (err) { print(err.name); }
print(d.length, d);

// length: 0 together with writable: false
var e = [1, 2, 3];
Object.defineProperty(e, 'length', { value: 1, writable: false });
print(e, e.length, attrs(e, 'length'));

// accessor elements
var f = [1, 2, 3];
var hits = 0;
Object.defineProperty(f, '1', { get: function () { hits++; return 'got'; }, enumerable: true, configurable: true });
print(f, f[1], hits, f.length);
delete f[1];
print(1 in f, f);
