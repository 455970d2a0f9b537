// Checks numeric literal forms: decimal, hex, exponent, leading dot, legacy octal.
print(0, 7, 42, 1234567890);
print(0x0, 0xff, 0XFF, 0xDeadBeef);
print(1e3, 1E3, 1e+3, 1e-3, 2.5e2);
print(.5, .25e1, 5., 1.);
print(0.0, 00, 010, 0777);
print(1.5e308 * 10, 5e-324, 5e-325);
print(0x10 + 010 + 10);
print(1e21, 1e-7, 123e-20);
print(3.14159, 100.000);
