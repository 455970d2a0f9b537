// Checks integer algorithms: gcd (iterative and recursive), lcm, power by squaring.
function gcd(a, b) { while (b) { var t = b; b = a % b; a = t; } return a; }
function gcdR(a, b) { return b === 0 ? a : gcdR(b, a % b); }
function lcm(a, b) { return a / gcd(a, b) * b; }
print(gcd(48, 18), gcdR(48, 18), gcd(17, 5), gcd(0, 9), lcm(4, 6), lcm(21, 6));
function pow(b, e) { var r = 1; while (e > 0) { if (e & 1) r *= b; b *= b; e >>= 1; } return r; }
print(pow(2, 10), pow(3, 13), pow(2, 53), pow(10, 21), pow(7, 0));
function toBinary(n) { if (n === 0) return "0"; var s = ""; while (n > 0) { s = (n % 2) + s; n = Math.floor(n / 2); } return s; }
print(toBinary(0), toBinary(5), toBinary(255), toBinary(1024));
function toHex(n) { var d = "0123456789abcdef", s = ""; do { s = d[n & 15] + s; n = n >>> 4; } while (n); return s; }
print(toHex(255), toHex(-1), toHex(48879));
