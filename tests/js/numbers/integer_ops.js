// Checks integer arithmetic results around 32-bit and 53-bit boundaries.
print(2147483647 + 1, -2147483648 - 1, 2147483647 * 2);
print(4294967295 + 1, 4294967296 * 4294967296);
print(65536 * 65536, 65536 * 65536 * 65536);
print(-7 / 2, 7 / -2, Math.floor(-7 / 2), Math.floor(7 / 2));
print(1000000 * 1000000, 1e6 * 1e6 === 1e12);
var x = 1;
for (var i = 0; i < 60; i++) x *= 2;
print(x, x + 1 === x);
print(12345678 * 87654321);
