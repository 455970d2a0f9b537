// Checks that a function declaration without a name is a SyntaxError.
print("never");
function () {}
