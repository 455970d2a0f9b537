// Checks Infinity arithmetic and comparisons.
print(Infinity, -Infinity, typeof Infinity);
print(1 / 0, -1 / 0, 1 / -0);
print(Infinity + 1, Infinity - 1e308, Infinity * -1);
print(Infinity > 1e308, -Infinity < -1e308);
print(Infinity === Infinity, Infinity == -Infinity);
print(1e308 * 10, -1e308 * 10);
print(Infinity + -Infinity, Infinity / 0);
print(1 / Infinity, -1 / Infinity, 1 / (-1 / Infinity));
print(String(Infinity), Infinity + "");
print(Infinity % 2, 2 % Infinity, -2 % Infinity);
