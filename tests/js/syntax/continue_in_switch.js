// Checks that continue inside a switch that is not inside a loop is a SyntaxError.
print("never");
switch (1) { case 1: continue; }
