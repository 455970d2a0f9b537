// Checks a sieve of Eratosthenes using a large array of booleans.
function sieve(n) {
  var isComposite = [], primes = [];
  for (var i = 2; i <= n; i++) {
    if (isComposite[i]) continue;
    primes.push(i);
    for (var j = i * i; j <= n; j += i) isComposite[j] = true;
  }
  return primes;
}
var p = sieve(10000);
print(p.length, p.slice(0, 10).join(","), p[p.length - 1]);
