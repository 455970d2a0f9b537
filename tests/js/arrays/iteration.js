// Checks iterating arrays with index loops and computing aggregates.
var a = [5, 3, 8, 1, 9, 2];
var sum = 0, max = -Infinity, min = Infinity;
for (var i = 0; i < a.length; i++) {
  sum += a[i];
  if (a[i] > max) max = a[i];
  if (a[i] < min) min = a[i];
}
print(sum, max, min);
for (i = 1; i < a.length; i++) {
  var v = a[i], j = i - 1;
  while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; }
  a[j + 1] = v;
}
print(a.join(" "));
var rev = [];
for (i = a.length - 1; i >= 0; i--) rev.push(a[i]);
print(rev.join(" "));
var matrix = [[1, 2, 3], [4, 5, 6]];
var t = [];
for (i = 0; i < 3; i++) { t.push([]); for (j = 0; j < 2; j++) t[i].push(matrix[j][i]); }
print(t.join(" | "));
