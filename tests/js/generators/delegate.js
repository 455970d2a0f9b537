// yield*: to another generator (values, return value, next/throw/return
// forwarded) and to the built-in iterables.
function show(r) { print(r.value, r.done); }
function* inner() {
  try {
    var x = yield 1;
    print("inner got", x);
    yield 2;
  } finally {
    print("inner finally");
  }
  return "inner-ret";
}
function* outer() {
  var r = yield* inner();
  print("outer got", r);
  yield 3;
}
var g = outer();
show(g.next("a"));
show(g.next("b"));
show(g.next("c"));
show(g.next());
show(g.next());

// return() is forwarded: the inner finally runs, the outer returns.
g = outer();
g.next();
show(g.return("R"));
show(g.next());

// throw() is forwarded and can be caught inside.
function* catcher() { try { yield 1; } catch (e) { yield "caught " + e; } return "c-ret"; }
function* out2() { var v = yield* catcher(); yield "after " + v; }
g = out2();
g.next();
print(g.throw("T").value);
print(g.next().value);
show(g.next());

// Uncaught inside, it comes out of the outer generator.
function* plain() { yield 1; yield 2; }
function* out3() { try { yield* plain(); } catch (e) { print("outer caught", e); yield "recovered"; } }
g = out3(); g.next();
show(g.throw("up"));

// Arrays, strings and arguments.
function* fromBuiltins() {
  yield* [1, 2];
  yield* "hé";
  yield* arguments;
  var r = yield* [];
  print("empty gives", r);
}
print([...fromBuiltins("x", "y")].join());

// An array has no throw method: TypeError; return just returns.
function* overArray() { yield* [1, 2]; }
g = overArray(); g.next();
try { g.throw("z"); } catch (e) { print(e instanceof TypeError); }
show(g.next());
g = overArray(); g.next();
show(g.return(5));

// Not iterable.
function* bad() { yield* 5; }
try { bad().next(); } catch (e) { print(e instanceof TypeError); }

// Recursion through yield*.
function* tree(n) { if (n > 0) { yield* tree(n - 1); yield n; yield* tree(n - 1); } }
print([...tree(4)].join(""));
function* deep(n) { if (n === 0) { yield "bottom"; return 1; } return 1 + (yield* deep(n - 1)); }
var d = deep(200);
show(d.next());
show(d.next());

// The inner result object is passed through as it is.
function* objects() { yield { value: 1, done: false }; }
function* passOn() { yield* objects(); }
var res = passOn().next();
print(typeof res.value, res.value.value, res.done);
