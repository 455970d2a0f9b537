// Each iteration copies the whole string (and runs out of memory, caught):
// a slow unit of CI's fuzz_eval before allocations were charged.
var s = 'x';
for (;;) { try { s = 'x' + s; } catch (e) { s = 'x'; } }
