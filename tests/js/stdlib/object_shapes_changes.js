// Objects made by literals share their keys in a shape and keep their values
// apart (objects/shape.h): every change a shape cannot say must still give
// exactly what the language says. (Part 2: attribute changes and walks.)
function show(o) {
    return JSON.stringify(Object.getOwnPropertyNames(o).map(function (k) {
        var d = Object.getOwnPropertyDescriptor(o, k);
        return k + (d.get ? '[get]' : '=' + String(d.value)) + (d.writable ? 'w' : '') + (d.enumerable ? 'e' : '') +
            (d.configurable ? 'c' : '');
    }));
}
var many = [];
for (var j = 0; j < 5; j++) many.push({n: j, sq: j * j, label: 'n' + j});
// Freezing, sealing, redefining with the same attributes (no change),
// accessors replacing data, 'in', hasOwnProperty, with.
var f = {p: 1, q: 2};
Object.defineProperty(f, 'p', {value: 5, writable: true, enumerable: true, configurable: true});
print(show(f));
var s = Object.seal({p: 1, q: 2});
s.p = 9;
delete s.q;
print(show(s), Object.isSealed(s));
var acc = {p: 1, q: 2};
Object.defineProperty(acc, 'q', {get: function () { return 'q!'; }, enumerable: true, configurable: true});
print(show(acc), acc.q, 'p' in acc, acc.hasOwnProperty('q'), acc.hasOwnProperty('r'));
var w = {wx: 1, wy: 2};
with (w) { wx = 10; var fromWith = wy; }
print(w.wx, fromWith, Object.keys(w).map(function (k) { return k + ',' + w[k]; }).join(';'));
// Deleting keys during for-in over a shaped object.
var del = {d1: 1, d2: 2, d3: 3};
var seen = [];
for (var key in del) { seen.push(key); delete del.d2; }
print(seen.join(','), JSON.stringify(del));
// Copying into and out of shaped objects.
function copyInto(to, from) { for (var k in from) to[k] = from[k]; return to; }
print(JSON.stringify(copyInto({t1: 0, t2: 0}, {t2: 2, t3: 3})), JSON.stringify(copyInto({}, many[3])));
