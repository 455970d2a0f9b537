// Checks that `var = 1;` is a SyntaxError reported before anything runs.
print("never");
var = 1;
