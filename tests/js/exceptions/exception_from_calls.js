// Checks exceptions unwinding through several call frames and loops.
function a(n) { return b(n) + 1; }
function b(n) { for (var i = 0; i < 10; i++) { if (i == n) c(i); } return 0; }
function c(i) { throw new Error("thrown at " + i); }
try { a(5); } catch (e) { print(e.message); }
print(a(20));
function safe(fn) { try { return fn(); } catch (e) { return "error: " + e; } }
print(safe(function () { return "ok"; }), safe(function () { throw "bad"; }));
var count = 0;
for (var i = 0; i < 5; i++) { try { if (i % 2) throw i; count += 10; } catch (e) { count += e; } }
print(count);
