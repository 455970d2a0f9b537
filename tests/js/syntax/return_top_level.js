// Checks that return at top level is a SyntaxError.
print("never");
return 5;
