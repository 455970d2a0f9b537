// Checks that break to an undefined label is a SyntaxError.
print("never");
while (true) { break nolabel; }
