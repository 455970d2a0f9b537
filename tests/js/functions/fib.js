// Checks deep-ish recursion performance and correctness: fib(25) = 75025.
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
print(fib(0), fib(1), fib(2), fib(10));
print(fib(25));
