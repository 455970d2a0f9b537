// Checks labelled continue/break through switch and three loop levels.
var out = [];
l1: for (var a = 0; a < 3; a++) {
  l2: for (var b = 0; b < 3; b++) {
    for (var c = 0; c < 3; c++) {
      if (c == 1) continue l2;
      if (b == 2) continue l1;
      if (a == 2) break l1;
      out.push("" + a + b + c);
    }
  }
}
print(out.join(","));
var res = [];
loop: for (var i = 0; i < 5; i++) {
  switch (i) {
    case 1: continue loop;
    case 3: break loop;
  }
  res.push(i);
}
print(res.join(","));
var k = 0;
outer: do {
  k++;
  inner: while (true) { if (k < 3) continue outer; break outer; }
} while (true);
print(k);
