// Checks prefix and postfix ++ and -- on variables, properties and with conversions.
var i = 5;
print(i++, i, ++i, i, i--, i, --i, i);
var s = "7";
s++; print(s, typeof s);
var t = "x"; t++; print(t);
var n = null; n++; print(n);
var u; u++; print(u);
var b = true; ++b; print(b);
var o = { c: 0 };
o.c++; ++o.c; o["c"]++; print(o.c);
var a = [1, 2];
a[0]++; --a[1]; print(a[0], a[1]);
var k = 0;
var r = k++ + ++k;
print(r, k);
var f = 1.5; f++; print(f);
var m = -0; m--; print(m);
var big = 9007199254740992; big++; print(big);
