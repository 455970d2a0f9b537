// Checks that an unterminated block comment is a SyntaxError.
print("never");
/* this comment never ends
print("x");
