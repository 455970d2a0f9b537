// Object.defineProperty: defaults, redefinition rules, accessors, errors.
function show(o, k) {
    var d = Object.getOwnPropertyDescriptor(o, k);
    if (!d) return print(k, 'absent');
    if ('value' in d) print(k, 'value', d.value, d.writable, d.enumerable, d.configurable);
    else print(k, 'accessor', typeof d.get, typeof d.set, d.enumerable, d.configurable);
}
function tryIt(f) {
    try { print('ok', f()); } catch (e) { print(e.name + ': ' + e.message); }
}
var o = {};
print(Object.defineProperty(o, 'a', { value: 1 }) === o);
show(o, 'a');
o.a = 2;                       // sloppy: silently ignored
print(o.a, delete o.a, o.a);
tryIt(function () { Object.defineProperty(o, 'a', { value: 2 }); });
tryIt(function () { Object.defineProperty(o, 'a', { value: 1 }); return 'same value'; });
tryIt(function () { Object.defineProperty(o, 'a', { enumerable: true }); });
tryIt(function () { Object.defineProperty(o, 'a', { configurable: true }); });
tryIt(function () { Object.defineProperty(o, 'a', { writable: true }); });
tryIt(function () { Object.defineProperty(o, 'a', { get: function () {} }); });
tryIt(function () { Object.defineProperty(o, 'a', {}); return 'empty descriptor'; });

// writable but non-configurable: value and writable:false allowed
Object.defineProperty(o, 'b', { value: 1, writable: true });
Object.defineProperty(o, 'b', { value: 5 });
show(o, 'b');
Object.defineProperty(o, 'b', { writable: false });
show(o, 'b');

// configurable: everything may change, data <-> accessor conversion
var c = {};
Object.defineProperty(c, 'x', { value: 1, configurable: true, enumerable: true });
Object.defineProperty(c, 'x', { get: function () { return 42; } });
show(c, 'x');
print(c.x);
c.x = 7;
print(c.x);
Object.defineProperty(c, 'x', { value: 'data' });
show(c, 'x');

// accessors
var log = [];
var acc = {};
Object.defineProperty(acc, 'p', {
    get: function () { log.push('get'); return this._p; },
    set: function (v) { log.push('set ' + v); this._p = v; },
    enumerable: true
});
acc.p = 3;
print(acc.p, log.join(','));
show(acc, 'p');
var getter = function () { return 1; };
Object.defineProperty(acc, 'q', { get: getter });
tryIt(function () { Object.defineProperty(acc, 'q', { get: getter }); return 'same getter'; });
tryIt(function () { Object.defineProperty(acc, 'q', { get: function () {} }); });
tryIt(function () { Object.defineProperty(acc, 'q', { set: undefined }); return 'same setter'; });
print(Object.keys(acc));

// descriptor errors
tryIt(function () { Object.defineProperty({}, 'x', 1); });
tryIt(function () { Object.defineProperty({}, 'x'); });
tryIt(function () { Object.defineProperty({}, 'x', { get: 1 }); });
tryIt(function () { Object.defineProperty({}, 'x', { set: {} }); });
tryIt(function () { Object.defineProperty({}, 'x', { get: function () {}, value: 1 }); });
tryIt(function () { Object.defineProperty({}, 'x', { set: function () {}, writable: false }); });
tryIt(function () { Object.defineProperty(1, 'x', {}); });
tryIt(function () { Object.defineProperty(undefined, 'x', {}); });

// descriptor fields are read through the prototype chain and getters
var proto = { enumerable: true };
var desc = Object.create(proto);
Object.defineProperty(desc, 'value', { get: function () { return 'from getter'; } });
var t = {};
Object.defineProperty(t, 'k', desc);
show(t, 'k');

// keys converted with ToString
var k = {};
Object.defineProperty(k, { toString: function () { return 'obj'; } }, { value: 1, enumerable: true });
Object.defineProperty(k, 1.5, { value: 2, enumerable: true });
print(Object.keys(k), k.obj, k['1.5']);

// non-extensible objects
var ne = Object.preventExtensions({ a: 1 });
tryIt(function () { Object.defineProperty(ne, 'b', { value: 1 }); });
tryIt(function () { Object.defineProperty(ne, 'a', { value: 2 }); return ne.a; });
