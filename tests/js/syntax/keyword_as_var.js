// Checks that a reserved word used as a variable name is a SyntaxError.
print("never");
var if = 1;
