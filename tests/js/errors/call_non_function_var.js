// Checks calling a variable that holds a non-function (uncaught TypeError).
var x = 5;
print("before call");
x();
print("never");
