// The exponentiation operator ** and **= (ES2016): right-associative,
// binds tighter than * and unary minus may not be its base.
print(2 ** 10, 2 ** 3 ** 2, (-2) ** 2, 2 ** -1, (2 ** 3) ** 2, 2 ** 0.5);
print(1 ** NaN, NaN ** 0, (-1) ** Infinity, 0 ** -1, (-0) ** -1, (-8) ** (1 / 3));
var x = 3;
x **= 2;
print(x);
var o = { p: 2 };
o.p **= 3;
o['p'] **= 1 / 3;
print(o.p);
print(-(2 ** 2), 2 * 3 ** 2, 2 ** 3 * 2, ++x ** 2, x++ ** 2, x-- ** 2);
print(2 ** -(3 ** 2), '3' ** '2', { valueOf: function () { return 3; } } ** 2, null ** 0);
var order = [];
function log(v) { order.push(v); return v; }
log(2) ** log(3) ** log(1);
print(order.join());
var bad = ['-2 ** 2', 'typeof 2 ** 2', '!x ** 2', 'delete o.p ** 2', '2 ** -3 ** 2', 'void 0 ** 1', '~1 ** 2',
           '+1 ** 2', 'x ** = 2'];
for (var i = 0; i < bad.length; i++) {
  try {
    eval(bad[i]);
    print('no error', bad[i]);
  } catch (e) {
    print(e.name);
  }
}
// An underflow keeps the sign of a negative base to an odd power (-0).
print(1 / (-1e-200) ** 3, 1 / (-2) ** -1075, 1 / (-1e-300) ** 5, 1 / (-1e-200) ** 2);
