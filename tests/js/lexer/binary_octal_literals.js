// ES2015 binary and octal integer literals (0b / 0B, 0o / 0O).
print(0b0, 0b1, 0B1010, 0b11111111, 0b1_0000_0000);
print(0o0, 0o17, 0O777, 0o1_0);
print(0b11111111111111111111111111111111111111111111111111111, 0b111111111111111111111111111111111111111111111111111111);
print(0o7777777777777777777777, 0o17777777777777777777);
print(0b101 + 0o5, -0b1, typeof 0o1);
(function () { 'use strict'; print(0o10, 0b10); })();
var bad = ['0b', '0b2', '0b12', '0o', '0o8', '0o18', '0b1_', '0b_1', '0o1__2', '0b1n1', '0oz', '0b1e1'];
for (var i = 0; i < bad.length; i++) {
  try { eval(bad[i]); print('no error', bad[i]); } catch (e) { print(bad[i], e.name); }
}
