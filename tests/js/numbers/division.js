// Checks division: zero divisors, signs, infinities, fractions.
print(1 / 0, -1 / 0, 0 / 0, 1 / -0, -1 / -0);
print(0 / 5, 1 / (0 / -5), 1 / (-0 / 5));
print(Infinity / 2, Infinity / -2, 2 / Infinity, 1 / (-2 / Infinity));
print(7 / 7, 22 / 7, 1 / 8, 1 / 3);
print(1e-320 / 1e10, 1e300 / 1e-10);
