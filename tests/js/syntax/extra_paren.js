// Checks that an unbalanced closing paren is a SyntaxError.
print("never");
var x = 1);
