// Checks % with negatives, fractions, zero, infinities and sign of zero results.
print(10 % 3, -10 % 3, 10 % -3, -10 % -3);
print(5.5 % 2, -5.5 % 2, 0.3 % 0.1, 10 % 2.5);
print(1 / (-4 % 2), 1 / (4 % -2), 1 / (0 % 1), 1 / (-0 % 1));
print(5 % 0, 5 % -0, Infinity % 1, NaN % 1, 5 % NaN);
print(5 % Infinity, -5 % Infinity, 0 % Infinity, 1 / (-0 % Infinity));
print(2147483648 % 7, 1e17 % 7, -1e17 % 7);
