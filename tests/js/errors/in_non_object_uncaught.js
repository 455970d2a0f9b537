// Checks the in operator with a number on the right side (uncaught TypeError).
print("x" in { x: 1 });
print("x" in 42);
