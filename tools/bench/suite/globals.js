// Global access: loops at top level reading and writing global variables,
// and functions that use globals as their state.
var seed = 1, acc = 0, hits = 0, limit = 60000;
function rand() { seed = (seed * 69069 + 1) % 4294967296; return seed; }
function bump(x) { acc = (acc + x) & 0xffffff; if ((x & 15) === 0) hits++; }
for (var i = 0; i < limit; i++) bump(rand());
var a = 0, b = 1;
for (var j = 0; j < limit; j++) { var t = (a + b) & 0xffff; a = b; b = t; acc ^= t; }
print('globals', acc, hits, a, b, seed);
