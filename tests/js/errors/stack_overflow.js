// Checks that unbounded recursion throws a catchable RangeError and execution continues.
function recurse(n) { return recurse(n + 1) + 1; }
var caught = false;
try { recurse(0); } catch (e) { caught = e instanceof RangeError; }
print(caught);
function mutualA(n) { return mutualB(n + 1); }
function mutualB(n) { return mutualA(n + 1); }
try { mutualA(0); print("never"); } catch (e) { print(e instanceof RangeError, e instanceof Error); }
function fine(n) { return n === 0 ? 0 : fine(n - 1) + 1; }
print(fine(500));
