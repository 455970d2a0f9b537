// Early errors of the ES2015 object literal forms.
var bad = ['({a = 1})', '({get x(a) {}})', '({set x() {}})', '({f(a, a) {}})', '({if})', '({[a]})',
           '({\\u0069f})', '"use strict"; ({implements})', '({f() {}) ', '({...})', '({a b})',
           '({get [x]: 1})', '({f(){}: 1})'];
for (var i = 0; i < bad.length; i++) {
  try {
    eval(bad[i]);
    print('no error', bad[i]);
  } catch (e) {
    print(e.name);
  }
}
