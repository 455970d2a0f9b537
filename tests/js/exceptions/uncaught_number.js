// Checks the uncaught report for a thrown non-Error value (a number).
print("before");
throw 42;
