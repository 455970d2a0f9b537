// Checks global eval: completion values, bindings made by eval code are deletable,
// and a direct eval in strict code is strict itself.
print(eval("1 + 2"), eval("var q = 5; q * 2"), eval(42), eval(""));
eval("var ev = 1; function ef() { return 'ef'; }");
print(typeof ev, ef(), delete ev, typeof ev, delete ef, typeof ef);
var sv = 1;
print(delete sv, typeof sv);
function strictCaller() {
  "use strict";
  try { eval("var arguments = 1;"); return "no error"; } catch (e) { return e.name; }
}
print(strictCaller());
var indirect = eval;
print(indirect("typeof strictCaller"), (0, eval)("1 + 1"));
try { eval("var = 1"); } catch (e) { print(e.name, e instanceof SyntaxError); }
print(typeof new Function("a", "b", "return a * b"), new Function("a", "b", "return a * b")(6, 7));
