// Checks that `a +* b` is a SyntaxError.
print("never");
var a = 1, b = 2;
var c = a +* b;
