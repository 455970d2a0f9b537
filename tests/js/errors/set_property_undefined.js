// Checks setting a property of undefined (uncaught TypeError).
var u;
print("start");
u.a = 1;
