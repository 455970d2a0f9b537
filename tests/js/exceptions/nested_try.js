// Checks deeply nested try/catch/finally ordering.
var log = [];
try {
  log.push(1);
  try {
    log.push(2);
    try { log.push(3); throw "deep"; }
    catch (e) { log.push("c3:" + e); throw "again"; }
    finally { log.push("f3"); }
  } catch (e) {
    log.push("c2:" + e);
  } finally {
    log.push("f2");
  }
  log.push(4);
} finally {
  log.push("f1");
}
print(log.join(" "));
