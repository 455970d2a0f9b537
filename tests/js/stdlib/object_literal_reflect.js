// Object literal extensions seen through reflection: accessor names,
// methods without prototype, computed accessors, spread copies data
// properties (accessors become data properties), __proto__ forms.
var k = 'c';
var o = { get g() { return 1; }, set g(v) {}, m() {}, get [k]() { return 2; }, set [k + 'x'](v) {} };
var d = Object.getOwnPropertyDescriptor(o, 'g');
print(d.get.name, d.set.name, Object.getOwnPropertyDescriptor(o, 'c').get.name,
      Object.getOwnPropertyDescriptor(o, 'cx').set.name);
print(Object.getOwnPropertyNames(o.m).join(), o.m.hasOwnProperty('prototype'));
var copy = { ...o };
print(JSON.stringify(Object.getOwnPropertyDescriptor(copy, 'g')));
var p = { __proto__: Array.prototype };
print(Object.getPrototypeOf(p) === Array.prototype, Object.keys(p).length);
var nonEnum = Object.defineProperty({ a: 1 }, 'hidden', { value: 2, enumerable: false });
print(JSON.stringify({ ...nonEnum }));
var fn = { f: function () {} }.f;
print(JSON.stringify(Object.getOwnPropertyDescriptor(fn, 'name')));
var comp = { ['x' + 1]: function () {} }['x1'];
print(comp.name, JSON.stringify(Object.getOwnPropertyDescriptor(comp, 'name')));
