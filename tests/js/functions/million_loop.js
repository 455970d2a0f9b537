// Checks loop performance and number accuracy: sum of 0..999999 in a million iterations.
var sum = 0;
for (var i = 0; i < 1000000; i++) sum += i;
print(sum, i);
