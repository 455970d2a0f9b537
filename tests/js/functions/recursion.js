// Checks recursive functions: factorial, mutual recursion, Ackermann, Hanoi.
function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }
print(fact(0), fact(5), fact(10), fact(20), fact(25));
function isEven(n) { return n === 0 ? true : isOdd(n - 1); }
function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
print(isEven(10), isOdd(7), isEven(7));
function ack(m, n) {
  if (m === 0) return n + 1;
  if (n === 0) return ack(m - 1, 1);
  return ack(m - 1, ack(m, n - 1));
}
print(ack(2, 3), ack(3, 3));
var moves = 0;
function hanoi(n, a, b, c) { if (n === 0) return; hanoi(n - 1, a, c, b); moves++; hanoi(n - 1, c, b, a); }
hanoi(10, "A", "B", "C");
print(moves);
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
print(depth(1000));
