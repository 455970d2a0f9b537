// Objects made by literals share their keys in a shape and keep their values
// apart (objects/shape.h): every change a shape cannot say must still give
// exactly what the language says.
function show(o) {
    return JSON.stringify(Object.getOwnPropertyNames(o).map(function (k) {
        var d = Object.getOwnPropertyDescriptor(o, k);
        return k + (d.get ? '[get]' : '=' + String(d.value)) + (d.writable ? 'w' : '') + (d.enumerable ? 'e' : '') +
            (d.configurable ? 'c' : '');
    }));
}
var made = [];
for (var i = 0; i < 4; i++) made.push({a: i, b: 'b' + i, c: [i]});
made[0].d = 'extra';                      // past the room of three
delete made[1].b;                         // a key goes
made[1].b = 'back';                       // and comes back last
Object.defineProperty(made[2], 'a', {value: 20, writable: false});
Object.preventExtensions(made[3]);
made[3].z = 1;                            // ignored: not extensible
made[3].a = 30;                           // a value changes
made.forEach(function (o) { print(show(o), Object.isExtensible(o)); });
(function () {
    'use strict';
    try { made[3].z = 1; } catch (e) { print(e.name); }
    try { made[2].a = 1; } catch (e) { print(e.name); }
})();
// The forms of literals: accessors, duplicates, __proto__, index keys,
// computed keys, spread, methods with super.
var proto = {hello: function () { return 'proto hello'; }};
var lits = [
    {get g() { return 'getter'; }, v: 1},
    {x: 1, x: 2, y: 3},
    {__proto__: proto, own: 1},
    {b: 1, 2: 'two', a: 3, 0: 'zero'},
    {['comp' + 'uted']: 1, plain: 2},
    {...{s1: 1, s2: 2}, after: 3},
    {__proto__: proto, hello() { return 'own+' + super.hello(); }},
    {k1: 1, k2: 2, k3: 3, k4: 4, k5: 5, k6: 6, k7: 7, k8: 8, k9: 9, k10: 10}
];
lits.forEach(function (o) {
    var keys = [];
    for (var k in o) keys.push(k);
    print(keys.join(','), JSON.stringify(o), Object.getPrototypeOf(o) === proto);
});
print(lits[6].hello(), lits[0].g, lits[2].hello());
// Writing each property of many objects of one literal, then reading back.
var many = [];
for (var j = 0; j < 50; j++) many.push({n: j, sq: 0, label: ''});
many.forEach(function (o) { o.sq = o.n * o.n; o.label = 'n' + o.n; });
var sum = 0;
many.forEach(function (o) { sum += o.sq; });
print(sum, many[49].label, Object.keys(many[7]).join());
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
// Objects made by a constructor: after the first, they are made with room
// for what the first had (a shape too); more or fewer properties later.
function Point(x, y) { this.x = x; this.y = y; if (x > 2) this.far = true; }
Point.prototype.len = function () { return Math.sqrt(this.x * this.x + this.y * this.y); };
var pts = [];
for (var n = 0; n < 5; n++) pts.push(new Point(n, n + 1));
print(pts.map(function (p) { return Object.keys(p).join('') + '=' + p.len().toFixed(2); }).join(' '), pts[4] instanceof Point);
class Field {
    a = 1;
    #secret = 2;
    constructor(b) { this.b = b; }
    get sum() { return this.a + this.b + this.#secret; }
    static has(o) { return #secret in o; }
}
var fields = [new Field(10), new Field(20), new Field(30)];
fields[1].extra = 'x';
print(fields.map(function (f) { return Object.keys(f).join('') + f.sum; }).join(' '), Field.has(fields[2]), Field.has({}));
function Empty() {}
var e1 = new Empty(), e2 = new Empty();
e2.later = 1;
print(Object.keys(e1).length, Object.keys(e2).join());
