// Checks reading a property of undefined (uncaught TypeError).
var u;
print("start");
print(u.a);
