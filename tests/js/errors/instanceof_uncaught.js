// Checks instanceof with a plain object on the right side (uncaught TypeError).
var proto = {};
print("start");
print({} instanceof proto);
