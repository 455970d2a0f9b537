// Checks that a "use strict" directive is accepted and ordinary code still runs.
"use strict";
function f() {
  "use strict";
  return "inside strict function";
}
print(f());
var x = 1 + 1;
print(x);
function g() { "not a directive"; return "string statement ignored"; }
print(g());
