// Checks Number-to-String conversion of special values and classic rounding cases.
print(String(-0), String(0), String(1e21), String(1e20));
print(String(0.1 + 0.2), String(123456789012345680000), String(1 / 3), String(2 / 3));
print(String(100), String(1e100), String(1.5e-10), String(-1e-7), String(1e-6));
print(String(0.000001), String(0.0000001), String(12345.6789));
print(String(4.35), String(0.5e-6), String(1.1e21), String(9.999999999999999e20));
print(String(-123.456), String(-1e21), String(-0.000001));
print(String(2e-7 * 1e7), String(1.23e5), String(255 / 10));
