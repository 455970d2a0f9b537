// Checks that switch uses strict comparison and evaluates case expressions in order.
function f(x) {
  switch (x) {
    case 1: return "number 1";
    case "1": return "string 1";
    case true: return "true";
    case null: return "null";
    case undefined: return "undefined";
    default: return "default";
  }
}
print(f(1), f("1"), f(true), f(null), f(undefined), f(0), f(NaN));
var log = [];
function c(v) { log.push(v); return v; }
switch (3) { case c(1): case c(2): case c(3): log.push("hit"); break; case c(4): }
print(log.join(","));
switch (NaN) { case NaN: print("bad"); break; default: print("NaN matches no case"); }
var o = {};
switch (o) { case {}: print("bad"); break; case o: print("same object"); }
