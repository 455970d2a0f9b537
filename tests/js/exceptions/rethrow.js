// Checks rethrowing a caught exception and catching it further out, keeping identity.
var original = new RangeError("orig");
try {
  try { throw original; }
  catch (e) { print("inner caught", e.message); throw e; }
} catch (e2) {
  print("outer caught", e2 === original, e2.name);
}
function wrap() {
  try { return risky(); }
  catch (e) { throw new Error("wrapped: " + e.message); }
}
function risky() { throw new TypeError("inner problem"); }
try { wrap(); } catch (e) { print(e.message, e instanceof TypeError); }
var depth = 0;
function chain(n) {
  try { if (n === 0) throw "bottom"; chain(n - 1); }
  catch (e) { depth++; throw e + "<" + n; }
}
try { chain(3); } catch (e) { print(e, depth); }
