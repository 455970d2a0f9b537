// Checks reading an undeclared variable (uncaught ReferenceError).
var x = 1;
print(x, typeof y);
print(y);
