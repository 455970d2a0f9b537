// Checks that an unterminated string literal is a SyntaxError.
print("never");
var s = "abc;
