// Checks -0: printing, equality, and observing it through division.
var nz = -0;
print(nz, String(nz), nz + "");
print(1 / nz, 1 / 0);
print(nz === 0, nz == 0, 0 === -0);
print(1 / (0 * -1), 1 / (-0 + 0), 1 / (-0 - 0), 1 / (0 - 0));
print(1 / Math.abs(-0));
print(1 / -(0), 1 / -(-0));
print(1 / Math.floor(-0));
print(1 / (-1 % 1), 1 / (1 % 1));
print(1 / (-5 * 0), 1 / (5 / -Infinity));
print(Number("-0"), 1 / Number("-0"));
