// Checks that a newline directly after throw is a SyntaxError.
print("never");
throw
new Error("x");
