// print and console.log write their arguments separated by spaces.
print("hello", 42);
console.log("via console.log", true);
