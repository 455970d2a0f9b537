// ES2017 trailing commas in parameter lists and argument lists.
function f(a, b,) { return a + b; }
print(f(1, 2,), f.length);
var g = function (a,) { return a; };
print(g('g',), g.length);
var arrow = (a, b,) => a * b;
print(arrow(3, 4,), arrow.length);
var withDefault = (a, b = 2,) => a + b;
print(withDefault(1,), withDefault.length);
var o = { m(x,) { return x; } };
print(o.m('m',));
print(Math.max(1, 5, 3,));
print(new Array(1, 2,).length);
var bad = ['f(,)', 'f(1,,)', 'function h(,) {}', 'function h(a,,) {}', '(a,,) => 1', 'function h(...a,) {}',
           '(...a,) => 1', '(,) => 1'];
for (var i = 0; i < bad.length; i++) {
  try { eval(bad[i]); print('no error', bad[i]); } catch (e) { print(bad[i], e.name); }
}
