// A small tour: functions, loops, objects and print.
function greet(name) {
  return "Hello, " + name + "!";
}

print(greet("microcontroller"));

var squares = [];
for (var i = 1; i <= 5; i++) {
  squares.push(i * i);
}
print("squares:", squares.join(", "));

var board = { name: "mps2-an386", core: "Cortex-M4F", ramKiB: 16 * 1024 };
for (var key in board) {
  print(key + " = " + board[key]);
}

function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
print("fib(20) =", fib(20));
