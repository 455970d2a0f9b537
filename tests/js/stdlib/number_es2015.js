// Number's ES2015 functions and constants (20.1.2): no conversion of the
// argument; parseInt and parseFloat are the global functions themselves.
var values = [0, -0, 1, -1.5, 2 ** 53, 2 ** 53 - 1, -(2 ** 53 - 1), -(2 ** 53), 1e300, 5e-324, Infinity, -Infinity, NaN,
    '5', true, null, undefined, {}, [7], new Number(3)];
// (loops, not forEach around map: the small boards' C stack holds two
// nested callbacks of built-ins at most)
var tests = ['isFinite', 'isInteger', 'isNaN', 'isSafeInteger'];
for (var t = 0; t < tests.length; t++) {
    var f = tests[t], out = [];
    for (var i = 0; i < values.length; i++) out.push(Number[f](values[i]));
    print(f, Number[f].length, Number[f].name, out.join(' '));
}
print('same functions', Number.parseInt === parseInt, Number.parseFloat === parseFloat);
print('parse', Number.parseInt('0x1F'), Number.parseInt('  -12px', 10), Number.parseInt('z', 36), Number.parseFloat('3.25e2x'), Number.parseFloat('.5'), Number.parseFloat('x'));
print('EPSILON', Number.EPSILON, Number.EPSILON === Math.pow(2, -52), 1 + Number.EPSILON > 1, 1 + Number.EPSILON / 2 === 1);
print('safe', Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 1 === Number.MAX_SAFE_INTEGER + 2);
['EPSILON', 'MAX_SAFE_INTEGER', 'MIN_SAFE_INTEGER', 'isInteger', 'parseInt'].forEach(function (k) {
    var d = Object.getOwnPropertyDescriptor(Number, k);
    print(k, d.writable, d.enumerable, d.configurable);
});
// changing Number.parseInt changes no global
Number.parseInt = function () { return 'mine'; };
print(Number.parseInt('1'), parseInt('1'));
try {
    new Number.isNaN(1);
} catch (e) {
    print(e.name);
}
// ES2015 StringNumericLiteral: 0b and 0o prefixes (no sign, no fraction)
print('binary/octal', Number('0b101'), Number('0B11'), Number('0o17'), Number('0O777'), Number(' 0b1 '), Number('0b2'), Number('0o8'),
    Number('-0b1'), Number('+0o1'), Number('0b'), Number('0o'), Number('0b1.1'), Number('0b' + '1'.repeat(60)), Number('0o' + '7'.repeat(20)), '0b11' * 1);
