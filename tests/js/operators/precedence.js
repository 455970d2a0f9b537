// Checks operator precedence and associativity across many operators.
print(1 + 2 * 3 - 4 / 2);
print(2 * 3 % 4, 2 + 3 << 1, 1 << 2 + 1);
print(1 + 2 < 4, 5 > 3 == 2 > 1, 1 < 2 < 3, 3 > 2 > 1);
print(1 | 2 & 3, 1 ^ 3 & 5, 6 & 3 | 8);
print(1 || 0 && 0, (1 || 0) && 0);
print(true ? 1 : 0 + 10, (true ? 1 : 0) + 10);
print(!1 == 0, !(1 == 0), -2 * -3, - -2);
var a, b, c;
a = b = c = 4;
print(a, b, c);
print(2 + 3 + "4" + 5 + 6);
print(typeof 1 === "number" && !0);
print(1 == 1 != 0, 5 - 3 - 1, 64 / 4 / 2);
print(1 + - + + + - + 1);
print(10 - -1 + +"3", 8 >> 1 >> 1, -8 >>> 1 >> 27);
