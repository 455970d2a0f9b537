// Deleting from a large object (a hashed property table): order of the rest,
// re-adding, listing, freezing and array-index keys, through several
// compactions of the table.
var o = {};
for (var i = 0; i < 200; i++) o['k' + i] = i;
for (var i = 0; i < 200; i += 2) delete o['k' + i];
var keys = Object.keys(o);
print(keys.length, keys[0], keys[1], keys[99]);
print('k0' in o, 'k1' in o, o.k2, o.k3, o.hasOwnProperty('k4'), o.hasOwnProperty('k5'));
o.k0 = 'again';
keys = Object.getOwnPropertyNames(o);
print(keys.length, keys[keys.length - 1], o.k0);
var seen = 0, last;
for (var k in o) { seen++; last = k; }
print(seen, last);
// Delete everything but three, then grow again past the old size.
for (var i = 1; i < 197; i += 2) delete o['k' + i];
print(Object.keys(o).join());
for (var i = 0; i < 300; i++) o['n' + i] = i;
print(Object.keys(o).length, o.n299, o.k197, o.k0);
// Alternating deletes and inserts on a full table.
var t = {};
for (var i = 0; i < 64; i++) t['p' + i] = i;
for (var i = 0; i < 1000; i++) { delete t['p' + (i % 64)]; t['p' + (i % 64)] = i; }
var sum = 0;
for (var k in t) sum += t[k];
print(Object.keys(t).length, sum, Object.keys(t)[0], Object.keys(t)[63]);
// Non-enumerable and accessor properties among deleted ones.
var d = {};
for (var i = 0; i < 40; i++) Object.defineProperty(d, 'h' + i, { value: i, enumerable: i % 3 === 0, configurable: true });
for (var i = 0; i < 40; i += 4) delete d['h' + i];
Object.defineProperty(d, 'acc', { get: function () { return 'got'; }, enumerable: true, configurable: true });
print(Object.keys(d).join(), Object.getOwnPropertyNames(d).length, d.acc);
Object.freeze(d);
print(Object.isFrozen(d), delete d.h1, d.h1, JSON.stringify(d));
// Index keys in the property table of a sparse array.
var a = [];
a[100000] = 'far';
for (var i = 0; i < 30; i++) a['x' + i] = i;
for (var i = 0; i < 30; i += 3) delete a['x' + i];
a[200000] = 'further';
delete a[100000];
print(a.length, a[100000], a[200000], Object.keys(a).length);
a.length = 150000;
print(a.length, a[200000], Object.keys(a).length, Object.keys(a)[0]);
