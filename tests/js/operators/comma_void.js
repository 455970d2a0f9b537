// Checks the comma operator and void.
var a = (1, 2, 3);
print(a);
var i, j;
for (i = 0, j = 10; i < j; i += 3, j -= 3) {}
print(i, j);
var x = 0;
var y = (x++, x++, x);
print(x, y);
print(void 0, void "x", void (x = 100), x);
print(typeof void 0);
function f() { return 1, 2; }
print(f());
var s = 0;
var r = (s += 5, s * 2);
print(r);
