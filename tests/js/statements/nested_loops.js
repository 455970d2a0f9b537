// Checks nested loops of different kinds with break/continue affecting only the innermost loop.
var out = [];
for (var i = 0; i < 3; i++) {
  var j = 0;
  while (true) {
    j++;
    if (j == 2) continue;
    if (j > 3) break;
    var k = 0;
    do { k++; if (k == 2) break; } while (true);
    out.push(i + "" + j + k);
  }
}
print(out.join(" "));
var n = 0;
for (var a = 0; a < 10; a++) for (var b = 0; b < 10; b++) for (var c = 0; c < 10; c++) if ((a + b + c) % 7 === 0) n++;
print(n);
var triangle = [];
for (i = 1; i <= 4; i++) { var row = ""; for (j = 0; j < i; j++) row += "*"; triangle.push(row); }
print(triangle.join(" "));
