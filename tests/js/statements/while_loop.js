// Checks while loops with break, continue and complex conditions.
var i = 0, out = [];
while (i < 10) {
  i++;
  if (i % 2) continue;
  if (i > 8) break;
  out.push(i);
}
print(out.join(","), i);
var n = 27, steps = 0;
while (n != 1) { n = n % 2 ? 3 * n + 1 : n / 2; steps++; }
print(steps);
var k = 5;
while (k--) ;
print(k);
while (false) print("never");
var a = [3, 2, 1], s = 0;
while (a.length) s += a.pop();
print(s);
