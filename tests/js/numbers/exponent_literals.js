// Checks exponent and decimal literal forms.
print(1e0, 1e1, 1e+1, 1e-1, 1E2, 0e5, 0.0e-5);
print(1.5e3, 15e-1, .1e1, 1.e2, 5e+0);
print(1e308, 1e309, 2e-323, 1e-400);
print(123.456e2, 0.000123e4, 1234567e-7);
print(1e21, 1e+21, 12e20, 0.1e22);
