// Checks break and continue out of try/finally inside loops, finally still runs.
var log = [];
for (var i = 0; i < 3; i++) {
  try {
    if (i == 0) continue;
    if (i == 2) break;
    log.push("body" + i);
  } finally {
    log.push("fin" + i);
  }
}
print(log.join(","));
log = [];
outer: for (var a = 0; a < 2; a++) {
  for (var b = 0; b < 2; b++) {
    try {
      try { if (b == 1) continue outer; log.push(a + "" + b); }
      finally { log.push("in" + a + b); }
    } finally { log.push("out" + a + b); }
  }
}
print(log.join(","));
log = [];
while (true) {
  try { break; } finally { log.push("break finally"); }
}
print(log.join(","));
function f() {
  for (;;) { try { return "ret"; } finally { break; } }
  return "break in finally overrides return";
}
print(f());
