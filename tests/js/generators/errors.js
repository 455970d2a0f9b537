// TypeErrors of the generator objects, and the SyntaxErrors of yield.
function* g() { yield 1; }
try { new g(); } catch (e) { print("new", e instanceof TypeError); }
var o = { *m() {} };
try { new o.m(); } catch (e) { print("new method", e instanceof TypeError); }
var next = g().next;
try { next.call({}); } catch (e) { print("next on object", e instanceof TypeError); }
try { next.call(undefined); } catch (e) { print("next on undefined", e instanceof TypeError); }
try { g().return.call(5); } catch (e) { print("return on number", e instanceof TypeError); }

// Running: calling next from inside the generator.
function* self() { me.next(); }
var me = self();
try { me.next(); } catch (e) { print("running", e instanceof TypeError); }
print(me.next().done);
function* selfThrow() { try { it2.throw(1); } catch (e) { yield e instanceof TypeError; } }
var it2 = selfThrow();
print("running throw", it2.next().value);

// Early errors.
var cases = [
  "function* g(a = yield) {}",
  "function* g(a = yield 1) {}",
  "function* g() { var yield; }",
  "function* g() { yield = 1; }",
  "function* g() { function f(yield) {} }",
  "'use strict'; var yield = 1;",
  "'use strict'; function* g() {} function f(yield) {}",
  "(function* yield() {})",
  "function* g() { yield* ; }",
  "({ * x: 1 })",
  "class A { *constructor() {} }",
  "label: function* g() {}",
  "if (1) function* g() {}",
  "while (0) function* g() {}",
  "function* g() { yi\\u0065ld 1; }",
  // these are fine
  "var yield = 1; yield",
  "function* yield() {}",
  "function g() { var yield = 5; return yield; } g()",
  "function* g() { yield\n1; }",
  "function* g() { yield yield yield 1; }",
  "function* g() { x = yield; y = yield, z = yield; }",
  "function* g() { var f = function yield() {}; }",
  "function* g() { (yield) }",
  "function* g() { yield* g(); }",
  "({ *get() {}, *set() {}, *static() {} })",
  "class A { static *[1 + 1]() {} *get() {} }",
];
for (var i = 0; i < cases.length; i++) {
  try { eval(cases[i]); print(i, "ok"); } catch (e) { print(i, e.name); }
}
