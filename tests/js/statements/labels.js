// Checks labelled break and continue out of nested loops and labelled blocks.
var out = [];
outer: for (var i = 0; i < 3; i++) {
  for (var j = 0; j < 3; j++) {
    if (j == 1) continue outer;
    if (i == 2) break outer;
    out.push(i + "" + j);
  }
}
print(out.join(","), i, j);
out = [];
a: for (var x = 0; x < 3; x++) {
  b: for (var y = 0; y < 3; y++) {
    if (y > x) continue a;
    if (x == 2 && y == 1) break b;
    out.push(x + "" + y);
  }
}
print(out.join(","));
block: {
  print("in block");
  if (true) break block;
  print("never");
}
print("after block");
var n = 0;
loop: while (true) { do { n++; if (n > 5) break loop; } while (true); }
print(n);
