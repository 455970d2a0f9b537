// Checks the uncaught report for a thrown plain object (converted with String()).
var o = { code: 1 };
print("about to throw");
throw o;
