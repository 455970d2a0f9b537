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
