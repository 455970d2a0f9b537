// Checks that an if condition without its closing paren is a SyntaxError.
print("never");
var x = 1;
if (x {}
