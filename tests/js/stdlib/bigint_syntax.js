// BigInt literals (ES2020 12.9.3): radixes, numeric separators, property
// names; the forms that are SyntaxErrors.
function t(src) {
  try { return String(eval(src)); } catch (e) { return e.name; }
}
print(0n, 10n, 0x1Fn, 0XFFn, 0o17n, 0O7n, 0b1011n, 0B1n, 1_000_000n, 0xF_Fn, 0b1_0n, 0o1_7n);
print(123456789012345678901234567890123456789n, 0xffffffffffffffffffffffffffffffffn, 0o777777777777777777777777n);
print(typeof 5n, -5n, - -5n, 5n.toString(), (5n).constructor === BigInt, 5n .toString(2));
var bad = ['1.5n', '1e3n', '.5n', '07n', '08n', '00n', '0_1n', '1_n', '1__0n', '0x_1n', '1nn', '1na', '1n1', '0xn', '0bn',
           '0b2n', '0o8n', '1N', '0XffN', '1e1_0n', '1.n'];
print(bad.map(t).join(' '));
print(['"use strict"; 07n', '"use strict"; 0n', '1n\n', '[1n, 2n]', 'var x = 3n; x', '(1n)', '-0n', '~0n'].map(t).join(' '));
// A BigInt literal as a property name is its decimal value.
var o = { 1n: 'a', 0x10n: 'b', 0b11n: 'c', 12345678901234567890n: 'd' };
print(Object.keys(o).join(','));
class K { 2n() { return 'method'; } static 0o10n = 'field'; }
print(new K()[2](), K[8]);
var { 1n: first } = ['zero', 'one'];
print(first);
// Constants survive a function's constant table and repeat loads.
function f() { return [1n, 1n, 10n ** 20n, 0n]; }
print(f().join(','), f()[0] === f()[1]);
