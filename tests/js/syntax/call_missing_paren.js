// Checks that a call missing its closing paren is a SyntaxError.
print("never");
print("a";
