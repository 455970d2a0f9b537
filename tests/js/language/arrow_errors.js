// Arrow functions are not constructors and have no prototype.
var arrow = () => {};
try {
  new arrow();
} catch (e) {
  print(e.name);
}
print('prototype' in arrow, arrow.hasOwnProperty('prototype'));
// Early errors: duplicate parameters, a line break before =>.
var bad = ['(a, a) => 1', 'x\n=> 1', '"use strict"; (eval) => 1', '(arguments) => { "use strict"; }'];
for (var i = 0; i < bad.length; i++) {
  try {
    eval(bad[i]);
    print('no error');
  } catch (e) {
    print(e.name);
  }
}
