// Numeric separators (ES2021): one _ between two digits.
print(1_000, 1_000_000.5, 0.000_1, 1e1_0, 1_0e2, .1_2, 0xff_ff, 0XA_b, 9_007_199_254_740_993);
print(0x1_0000_0000_0000_0001, 1_2.3_4e-1_0);
print(Number('1_000'), +'1_0');
var bad = ['1__0', '1_', '1_.5', '1._5', '1e_5', '1_e5', '0_1', '01_2', '09_1', '0x_1', '0x1_', '1e5_', '0_'];
for (var i = 0; i < bad.length; i++) {
  try {
    eval(bad[i]);
    print('no error', bad[i]);
  } catch (e) {
    print(e.name);
  }
}
var _1 = 'identifier';
print(_1, eval('1 ._1') === undefined);
