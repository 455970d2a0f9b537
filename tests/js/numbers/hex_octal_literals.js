// Checks hexadecimal and legacy octal numeric literals, including large hex values.
print(0x0, 0x1, 0xa, 0xA, 0x7fffffff, 0xffffffff, 0x100000000);
print(0x1fffffffffffff, 0x20000000000000, 0x20000000000001);
print(0xFFFFFFFFFFFFFFFF, 0xABCDEF);
print(00, 01, 07, 010, 017, 0100, 0777);
print(-010, 010 + 0x10, 010 * 2);
