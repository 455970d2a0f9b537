// Checks bitwise & | ^ ~ on negative and large numbers (ToInt32 wrapping).
print(5 & 3, 5 | 3, 5 ^ 3, ~5);
print(-1 & 255, -1 | 0, -256 ^ 255, -8 & -4);
print(4294967295 | 0, 4294967296 | 0, 4294967297 | 0, 2147483648 | 0);
print(-2147483649 | 0, 1e10 | 0, -1e10 | 0, 1.9 | 0, -1.9 | 0);
print(NaN | 0, Infinity | 0, -Infinity & 1, "12" | 1, "0x10" & 0xff);
print(0x7fffffff + 1 | 0, 0xffffffff & 0xffffffff);
print(1e21 | 0, 2e21 | 0, 9007199254740993 | 0);
print(0xF0F0 & 0x0FF0, 0xF0F0 | 0x0FF0, 0xF0F0 ^ 0x0FF0);
print(true & 3, null | 7, undefined ^ 5);
