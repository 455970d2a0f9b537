// Arrow functions with non-simple parameters: found by lookahead past
// initializers (parentheses, templates, regular expressions inside).
var a1 = (a, b = a * 10, ...c) => a + b + c.length;
print(a1(1), a1(1, 2, 3, 4), a1.length);
var a2 = (x = 1) => { return x; };
print(a2(), a2(7));
var a3 = (re = /\)=>/.source, t = `)${'('}`, o = { k: (1) }, arr = [(2)]) => re + t + o.k + arr[0];
print(a3());
var z;
(z = 5);
print(z, (z = 6, z + 1));
var n = (f = () => 1) => f() + 1;
print(n());
var self = (a = this) => a;
print(self() === this);
var args = function () { return ((a = arguments.length) => a)(); };
print(args(1, 2, 3));
var nested = (a = (b = 2) => b * 2) => a();
print(nested());
var withIn = (a = 'k' in { k: 1 }) => a;
print(withIn());
