// Each unshift moves every element; the out-of-memory error is caught.
var a = [];
for (;;) { try { a.unshift(1, 2, 3); } catch (e) { a.length = 0; } }
