// Checks ASI with ++/-- on the following line (a\n++b is a; ++b).
var a = 1, b = 10;
a
++b
print(a, b);
a
--b
print(a, b);
var c = 5
var d = c
d++
print(c, d)
var e = 1, f = 2
e
++
f
print(e, f)
