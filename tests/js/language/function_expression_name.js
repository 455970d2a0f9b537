// The name of a named function expression is a read-only binding inside it.
var results = [];
var f = function g(n) {
  g = 1;
  results.push(typeof g);
  g += 1;
  g++;
  ++g;
  results.push(typeof g);
  for (g in { k: 1 }) {}
  results.push(typeof g);
  return (g = n);
};
results.push(f(5));
var s = function g() {
  "use strict";
  var caught = [];
  try { g = 1; } catch (e) { caught.push(e instanceof TypeError); }
  try { g++; } catch (e) { caught.push(e instanceof TypeError); }
  try { g *= 2; } catch (e) { caught.push(e instanceof TypeError); }
  try { for (g in { k: 1 }) {} } catch (e) { caught.push(e instanceof TypeError); }
  caught.push(typeof g);
  return caught.join();
};
results.push(s());
var shadow = function g() { var g = 3; g = 4; return g; };
results.push(shadow());
var param = function g(g) { g = 9; return g; };
results.push(param(1));
print(results.join(" "));
