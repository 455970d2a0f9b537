// Checks return with and without a value and from nested constructs.
function a() { return; }
function b() {}
function c() { return 1; return 2; }
function d(x) { for (var i = 0; ; i++) { if (i == x) return i * 10; } }
function e(x) { while (true) { switch (x) { case 1: return "one"; default: return "other"; } } }
function f() { { { return "deep"; } } }
print(a(), b(), c(), d(3), e(1), e(2), f());
function g(n) { if (n > 0) return g(n - 1) + 1; return 0; }
print(g(10));
function h() { var r = 1; return r++, r; }
print(h());
