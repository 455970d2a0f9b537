// Checks for loops: normal, empty clauses, no body, multiple variables, var scoping.
var s = "";
for (var i = 0; i < 5; i++) s += i;
print(s, i);
var n = 0;
for (;;) { if (++n >= 4) break; }
print(n);
var j = 0;
for (; j < 3;) j++;
print(j);
for (var a = 0, b = 10; a < b; a++, b--);
print(a, b);
var sum = 0;
for (var k = 10; k > 0; k -= 3) sum += k;
print(sum, k);
var count = 0;
for (var x = 0; x < 3; x++) for (var y = 0; y < 3; y++) count++;
print(count, x, y);
for (var z = 0; false;) print("never");
print(z);
