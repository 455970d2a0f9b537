// Checks exceptions inside loops with finally and a counter of executed finally blocks.
var fin = 0, caught = 0;
for (var i = 0; i < 10; i++) {
  try {
    try { if (i % 3 === 0) throw i; } finally { fin++; }
  } catch (e) { caught++; }
}
print(fin, caught);
