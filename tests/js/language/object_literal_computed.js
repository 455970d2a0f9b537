// Computed property names: evaluated in order, key converted before the
// value, methods and accessors with computed names, names of anonymous
// functions from computed keys.
var order = [];
function log(x) { order.push(x); return x; }
var o = { [log('a')]: log(1), [log('b')]: log(2) };
print(order.join(), o.a, o.b);
var i = 0;
var c = { [i++]: i, [i++]: i, ['x' + 'y']: 'xy', [1 + 1]: 'two', [1.5]: 'float', [null]: 'null' };
print(c[0], c[1], c.xy, c[2], c['1.5'], c['null']);
var key = { toString: function () { order.push('toString'); return 'conv'; } };
order = [];
var d = { [key]: log('value') };
print(order.join(), d.conv);
var k = 'm';
var e = {
  [k]() { return 'method'; },
  get [k + 'g']() { return 'getter'; },
  set [k + 's'](v) { this.stored = v; },
  [k + 'f']: function () {},
  [k + 'a']: () => 1,
  [k + 'n']: function named() {},
  [k + 'x']: (0, function () {})
};
e.ms = 4;
print(e.m(), e.mg, e.stored);
print(e.m.name, e.mf.name, e.ma.name, e.mn.name, e.mx.name === '');
var over = { a: 1, ['a']: 2, a: 3 };
print(over.a);
var keys = [];
for (var p in { z: 1, [k]: 2, y: 3 }) keys.push(p);
print(keys.join());
try {
  ({ [undefinedName]: 1 });
} catch (err) {
  print(err.name);
}
