// Checks that a TypeError deep in a call chain propagates to the top level uncaught after finally blocks run.
function level3(o) { return o.missing.value; }
function level2(o) { try { return level3(o); } finally { print("level2 finally"); } }
function level1() { return level2({}); }
print("start");
level1();
