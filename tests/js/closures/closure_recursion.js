// Checks recursive closures and memoization through a captured object.
function memoFib() {
  var memo = {};
  function fib(n) {
    if (n < 2) return n;
    if (memo[n] !== undefined) return memo[n];
    return memo[n] = fib(n - 1) + fib(n - 2);
  }
  return fib;
}
var fib = memoFib();
print(fib(50), fib(78));
var calls = 0;
var fact = (function () {
  return function self(n) { calls++; return n <= 1 ? 1 : n * self(n - 1); };
})();
print(fact(10), calls);
