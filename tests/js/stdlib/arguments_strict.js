// Strict functions: unmapped arguments objects whose callee throws.
function unmapped(a, b) {
  'use strict';
  arguments[0] = 'A';
  b = 'B';
  return [a, b, arguments[0], arguments[1], arguments.length].join();
}
print(unmapped(1, 2));
function callee() {
  'use strict';
  try {
    return arguments.callee;
  } catch (e) {
    print(e instanceof TypeError, e.message);
  }
  try {
    arguments.callee = 1;
  } catch (e) {
    print('set', e instanceof TypeError);
  }
  var d = Object.getOwnPropertyDescriptor(arguments, 'callee');
  print(typeof d.get, d.get === d.set, d.enumerable, d.configurable, 'value' in d);
  var d2 = Object.getOwnPropertyDescriptor(function () { 'use strict'; return arguments; }(), 'callee');
  print(d.get === d2.get);
  try {
    delete arguments.callee;
  } catch (e) {
    print('delete', e instanceof TypeError);
  }
  return 'done';
}
print(callee());
function strictDelete(a) {
  'use strict';
  delete arguments[0];
  return [a, 0 in arguments].join();
}
print(strictDelete(1));
// sloppy callee is the function
function sloppy() { return arguments.callee === sloppy; }
print(sloppy());
