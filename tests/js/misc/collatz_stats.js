// Checks a moderately heavy numeric loop inside a function: longest Collatz chain under 3000.
function longest(limit) {
  var best = 0, bestN = 0;
  for (var n = 1; n < limit; n++) {
    var x = n, steps = 0;
    while (x !== 1) { x = (x & 1) ? 3 * x + 1 : x / 2; steps++; }
    if (steps > best) { best = steps; bestN = n; }
  }
  return bestN + " " + best;
}
print(longest(3000));
print(longest(10));
