// with is a SyntaxError in a strict function too (an early error).
print('not reached');
function f() {
  'use strict';
  with ({}) {}
}
