// Checks Number(string) conversions: whitespace, hex, exponent, empty, invalid.
print(Number(" 12 "), Number("0x1F"), Number("0X1f"), Number(""), Number("   "));
print(Number("1e3"), Number("1E-2"), Number("-1e3"), Number("+5"), Number(".5"), Number("5."));
print(Number("abc"), Number("12px"), Number("1 2"), Number("--1"), Number("0x"), Number("0xG"));
print(Number("Infinity"), Number("-Infinity"), Number("+Infinity"), Number("infinity"));
print(Number("00012"), Number("010"), Number("-0"), 1 / Number("-0"));
print(Number("\t\n 7 \r\n"), Number("1e1000"), Number("-1e1000"), Number("1e-1000"));
print(Number("0.0000001"), Number("123456789012345678901234567890"));
print(Number("-0x10"), Number("1.2.3"), Number("e5"), Number("."));
