// Checks Math functions used in small algorithms (floor division, clamping, abs difference).
function clamp(x, lo, hi) { return Math.max(lo, Math.min(hi, x)); }
print(clamp(5, 0, 10), clamp(-5, 0, 10), clamp(50, 0, 10));
function intDiv(a, b) { return Math.floor(a / b); }
print(intDiv(7, 2), intDiv(-7, 2), intDiv(9, 3));
function dist(a, b) { return Math.abs(a - b); }
print(dist(3, 10), dist(10, 3), dist(-5, 5));
var vals = [4, -2, 17, 9, 0];
print(Math.max.apply(null, vals), Math.min.apply(null, vals));
print(typeof Math, typeof Math.floor);
function digits(n) { var c = 0; n = Math.abs(n); do { c++; n = Math.floor(n / 10); } while (n > 0); return c; }
print(digits(0), digits(7), digits(12345), digits(-999));
