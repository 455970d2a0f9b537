// Strict eval code keeps its var and function declarations to itself
// (ES5 10.4.2 step 3): a strict caller, or "use strict" in the eval code.
function strictCaller() {
  'use strict';
  eval('var x = 1; function f() {}');
  return typeof x + ' ' + typeof f;
}
print(strictCaller());
function strictCode() {
  eval('"use strict"; var y = 1; function g() {}');
  return typeof y + ' ' + typeof g;
}
print(strictCode());

// They still see and assign the caller's variables.
function assigns() {
  'use strict';
  var v = 1;
  eval('v = v + 1; var own = 5; v = v + own');
  return v;
}
print(assigns());

// The completion value.
function completion() {
  'use strict';
  return eval('var z = 3; z * 2');
}
print(completion());

// Strict indirect eval does not leak either.
(0, eval)('"use strict"; var leaked = 1');
print(typeof leaked);

// Strict eval code cannot declare eval or arguments, and has no with.
try {
  eval('"use strict"; var arguments;');
} catch (e) {
  print(e.name);
}
try {
  (function () { 'use strict'; eval('with ({}) {}'); })();
} catch (e) {
  print(e.name);
}
