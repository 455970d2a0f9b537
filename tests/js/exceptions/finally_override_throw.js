// Checks that an exception thrown in finally replaces the pending exception or return.
function f1() {
  try { throw new Error("first"); } finally { throw new Error("second"); }
}
try { f1(); } catch (e) { print(e.message); }
function f2() {
  try { return "value"; } finally { throw "from finally"; }
}
try { f2(); } catch (e) { print(e); }
function f3() {
  try { throw 1; } catch (e) { throw 2; } finally { throw 3; }
}
try { f3(); } catch (e) { print(e); }
var log = [];
function f4() {
  try { throw "x"; } finally { log.push("cleanup"); }
}
try { f4(); } catch (e) { log.push("caught " + e); }
print(log.join(","));
