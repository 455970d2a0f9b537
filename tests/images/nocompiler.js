// Run by nocompiler_run (tests/runner/nocompiler_run.cpp) as an image on a
// library built without the compiler: source code must be refused, the
// rest must run.
var results = [];
try { eval("1 + 1"); results.push("eval ran"); } catch (e) { results.push(e.name + ": " + e.message); }
try { Function("return 1"); results.push("Function ran"); } catch (e) { results.push(e.name + ": " + e.message); }
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
results.push("fib " + fib(15));
results.push(/a(b+)/.exec("xabbb")[1] + " " + JSON.stringify({k: [1, "two"]}));
try { null.x; } catch (e) { results.push(e.stack.split("\n")[1].trim()); }
results.join("\n");
