// Checks && and || return one of their operands and short-circuit.
print(1 && 2, 0 && 2, "" && "x", null && 1, "a" && "", 1 && 2 && 3);
print(1 || 2, 0 || 2, "" || "x", null || undefined, 0 || "" || null, 0 || NaN);
print(NaN && 1, undefined || "def");
var calls = [];
function f(name, v) { calls.push(name); return v; }
var r = f("a", 0) && f("b", 1);
print(r, calls.join(","));
calls = [];
r = f("a", 1) || f("b", 2);
print(r, calls.join(","));
calls = [];
r = f("a", 0) || f("b", 0) && f("c", 1);
print(r, calls.join(","));
calls = [];
r = f("a", 1) && f("b", 0) || f("c", "z");
print(r, calls.join(","));
print(!1 || !0, !(1 && 0));
var o = null;
print(o && o.x, (o || {}).x);
