// Checks that an object literal with a missing comma is a SyntaxError.
print("never");
var o = { a: 1 b: 2 };
