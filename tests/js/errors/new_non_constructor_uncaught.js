// Checks new on a number-valued variable (uncaught TypeError).
var notCtor = 42;
print("start");
var obj = new notCtor();
