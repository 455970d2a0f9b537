// Checks that a division with a missing right operand is a SyntaxError.
print("never");
var y = 6 / ;
