// Checks that else without a preceding if is a SyntaxError.
print("never");
else { print(1); }
