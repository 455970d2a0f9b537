// Checks that a function body missing its closing brace at end of input is a SyntaxError.
print("never");
function f() {
  if (true) {
    return 1;
  }
