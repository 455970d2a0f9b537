// Checks that try without catch or finally is a SyntaxError.
print("never");
try { print(1); }
print(2);
