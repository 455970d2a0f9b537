// Deeply nested groups compile without recursion (test262 S15.10.2.8_A3_T15/16).
function nest(open, n, inner) {
  var s = '';
  for (var i = 0; i < n; i++) s += open;
  s += inner;
  for (i = 0; i < n; i++) s += ')';
  return s;
}
var r = new RegExp(nest('(', 200, 'hello')).exec('say hello');
print(r.length, r[0], r[200], r.index);
print(new RegExp(nest('(?:', 300, 'a|b')).exec('xb')[0]);
print(new RegExp(nest('(?=', 250, 'q')).test('q'), new RegExp(nest('(?!', 3, 'q')).test('q'));
print(new RegExp(nest('(', 150, 'x') + '+').exec('xxx').length);
print(new RegExp('(a|(b(c)|d)|e)+f').exec('abcdef'));
print(new RegExp('((a)|(b))*?c').exec('abac'));
var bad = ['(', '(()', 'a)', '(?x)', '(*)', '(|*)', nest('(', 100, '') + '(', '(?=a', ')('];
for (var i = 0; i < bad.length; i++) {
  try { new RegExp(bad[i]); print('ok', bad[i].length); } catch (e) { print(e.name); }
}
