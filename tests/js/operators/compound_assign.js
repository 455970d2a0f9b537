// Checks compound assignment operators on variables, properties and elements.
var x = 10;
x += 5; print(x);
x -= 3; print(x);
x *= 2; print(x);
x /= 8; print(x);
x %= 2; print(x);
x = 5; x <<= 2; print(x);
x >>= 1; print(x);
x = -20; x >>>= 28; print(x);
x = 12; x &= 10; print(x);
x |= 5; print(x);
x ^= 15; print(x);
var s = "a"; s += "b"; s += 1; print(s);
var o = { n: 1 }; o.n += 10; o["n"] *= 3; print(o.n);
var a = [1, 2]; a[1] += 40; print(a[1]);
var u; u += 1; print(u);
var r = (x = 1, x += 2); print(r);
var c = 0, calls = 0;
function key() { calls++; return "n"; }
o[key()] += 1; print(o.n, calls);
