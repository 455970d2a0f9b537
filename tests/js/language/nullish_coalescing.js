// a ?? b (ES2020): b only when a is null or undefined; no mixing with
// && or || without parentheses.
print(null ?? 1, undefined ?? 2, 0 ?? 3, '' ?? 4, false ?? 5, NaN ?? 6);
var calls = 0;
function c() { calls++; return 'c'; }
print(1 ?? c(), calls, null ?? null ?? 'x', (null || 0) ?? 'y', null ?? (0 || 'z'), null ?? c(), calls);
print(typeof (1 ?? 2), null ?? 6 | 1, undefined ?? 2 + 3, (null ?? 1) ? 'yes' : 'no');
var obj = { valueOf: function () { calls = 'converted'; return 0; } };
calls = 0;
print(obj ?? 1, calls);
var bad = ['a ?? b || c', 'a || b ?? c', 'a && b ?? c', 'a ?? b && c', 'a ?? b || c ?? d'];
for (var i = 0; i < bad.length; i++) {
  try {
    eval('var a, b, c, d;' + bad[i]);
    print('no error', bad[i]);
  } catch (e) {
    print(e.name);
  }
}
var a, b = 'b';
print((a ?? b) || 'c', a ?? (b || 'c'), (a || b) ?? 'c', a ?? b ? 'cond' : 'other');
