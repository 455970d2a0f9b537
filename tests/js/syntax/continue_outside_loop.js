// Checks that continue outside a loop is a SyntaxError.
print("never");
continue;
