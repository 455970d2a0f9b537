// Early errors of non-simple parameter lists.
var bad = [
  'function f(a = 1) { "use strict"; }',
  'function f(...a) { "use strict"; }',
  '(a = 1) => { "use strict"; }',
  '({ m(a = 1) { "use strict"; } })',
  'function f(a, a = 1) {}',
  'function f(a, ...a) {}',
  'function f(...a, b) {}',
  'function f(...a = []) {}',
  'function f(...a,) {}',
  '(...a, b) => 1',
  '({ set s(...v) {} })',
  'function f(a = ) {}',
  'function f(a = 1, a) {}'
];
for (var i = 0; i < bad.length; i++) {
  try {
    eval(bad[i]);
    print('no error', bad[i]);
  } catch (e) {
    print(e.name);
  }
}
function sloppyDuplicates(a, a) { return a; }
print(sloppyDuplicates(1, 2));
