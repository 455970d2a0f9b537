// Checks do-while: body runs at least once, continue jumps to the condition.
var i = 0;
do { i++; } while (false);
print(i);
var out = [];
var n = 0;
do {
  n++;
  if (n == 2) continue;
  out.push(n);
} while (n < 5);
print(out.join(","));
var x = 10;
do x--; while (x > 5);
print(x);
var runs = 0;
do {
  runs++;
  if (runs == 3) break;
} while (true);
print(runs);
