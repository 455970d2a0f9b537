// Checks that a return passes through two nested finally blocks in order.
var log = [];
function f() {
  try {
    try {
      log.push("inner try");
      return "result";
    } finally {
      log.push("inner finally");
    }
  } finally {
    log.push("outer finally");
  }
}
print(f(), log.join(","));
log = [];
function g() {
  try {
    try { return "first"; }
    finally { log.push("inner"); }
  } finally {
    log.push("outer");
    return "outer wins";
  }
}
print(g(), log.join(","));
function h() {
  function inner() { try { return "inner"; } finally { log.push("inner fn finally"); } }
  try { return inner() + "+outer"; } finally { log.push("outer fn finally"); }
}
log = [];
print(h(), log.join(","));
