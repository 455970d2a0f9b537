// Checks relational operators on numbers, including NaN and infinities.
print(1 < 2, 2 < 1, 1 < 1, 1 <= 1, 2 >= 3, 3 > -3);
print(-0 < 0, -0 <= 0, 0 >= -0);
print(NaN < NaN, NaN <= 0, 0 >= NaN, NaN > -Infinity);
print(-Infinity < -1e308, Infinity >= Infinity, Infinity > Infinity);
print(0.1 + 0.2 > 0.3, 0.1 + 0.2 == 0.3);
print(1e21 > 1e20, 5e-324 > 0);
