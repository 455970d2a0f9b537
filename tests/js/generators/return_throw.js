// return() and throw(): finally blocks run, throw resumes at the yield.
function show(r) { print(r.value, r.done); }
function* cleanup() {
  try { yield 1; yield 2; } finally { print("cleanup"); }
}
var g = cleanup();
show(g.next());
show(g.return(5));
show(g.next());

// A yield inside finally suspends the return; it completes afterwards.
function* yieldInFinally() {
  try { yield 1; } finally { yield "in finally"; print("after finally yield"); }
  print("not reached on return");
}
g = yieldInFinally();
show(g.next());
show(g.return(42));
show(g.next());
show(g.next());

// A return inside finally overrides the return value.
function* overrides() { try { yield 1; } finally { return "fin"; } }
g = overrides(); g.next();
show(g.return(1));

// throw() is caught at the yield.
function* catches() {
  try { yield 1; } catch (e) { print("caught", e); yield 99; }
  yield 100;
}
g = catches(); g.next();
show(g.throw("boom"));
show(g.next());
show(g.next());

// Nested handlers, rethrow, finally order.
function* nested() {
  try {
    try { yield "a"; } catch (e) { print("inner caught", e); throw "re-" + e; } finally { print("inner finally"); }
  } catch (e2) { print("outer caught", e2); yield "b"; }
  yield "c";
}
g = nested();
print(g.next().value);
print(g.throw("x").value);
print(g.next().value);
show(g.next());

// An uncaught throw completes the generator.
function* two() { yield 1; yield 2; }
g = two(); g.next();
try { g.throw(new Error("E")); } catch (e) { print("outside", e.message); }
show(g.next());

// An error inside the body also completes it.
function* fails() { yield 1; null.x; yield 2; }
g = fails(); g.next();
try { g.next(); } catch (e) { print(e instanceof TypeError); }
show(g.next());

// return and throw before the first next: the body never runs.
function* never() { print("never printed"); yield 1; }
g = never();
show(g.return(7));
show(g.next());
g = never();
try { g.throw(8); } catch (e) { print("fresh throw", e); }
show(g.next());

// After completion: next gives done, return gives its argument, throw throws.
g = two(); g.next(); g.next(); g.next();
show(g.next());
show(g.return("r"));
try { g.throw("t"); } catch (e) { print("completed throw", e); }

// finally runs when an exception passes through a suspended-then-resumed frame.
function* passes() { try { yield 1; throw new RangeError("inside"); } finally { print("finally on throw"); } }
g = passes(); g.next();
try { g.next(); } catch (e) { print(e.name, e.message); }

// Loops with break/continue through finally around yields.
function* loops() {
  for (var i = 0; i < 5; i++) {
    try {
      if (i === 1) continue;
      if (i === 3) break;
      yield i;
    } finally {
      print("finally", i);
    }
  }
  return "end";
}
g = loops();
var r;
while (!(r = g.next()).done) print("value", r.value);
print(r.value);
