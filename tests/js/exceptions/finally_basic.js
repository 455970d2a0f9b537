// Checks that finally runs on normal exit, on exception, and that exceptions propagate through it.
var log = [];
try { log.push("try"); } finally { log.push("finally"); }
print(log.join(","));
log = [];
try {
  try { log.push("inner try"); throw "x"; }
  finally { log.push("inner finally"); }
} catch (e) { log.push("outer catch " + e); }
print(log.join(","));
log = [];
try { throw 1; } catch (e) { log.push("catch"); } finally { log.push("finally"); }
print(log.join(","));
log = [];
try {
  try { throw 1; } catch (e) { log.push("c1"); throw 2; } finally { log.push("f1"); }
} catch (e) { log.push("c2:" + e); }
print(log.join(","));
