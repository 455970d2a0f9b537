// Checks closures implementing simple iterators over arrays and ranges.
function iter(arr) {
  var i = 0;
  return { hasNext: function () { return i < arr.length; }, next: function () { return arr[i++]; } };
}
var it = iter(["a", "b", "c"]), out = [];
while (it.hasNext()) out.push(it.next());
print(out.join(""));
function range(lo, hi) {
  var cur = lo;
  return function () { return cur < hi ? cur++ : undefined; };
}
var next = range(3, 7), vals = [], v;
while ((v = next()) !== undefined) vals.push(v);
print(vals.join(","));
function fibGen() { var a = 0, b = 1; return function () { var r = a; a = b; b = r + b; return r; }; }
var g = fibGen(), fibs = [];
for (var k = 0; k < 12; k++) fibs.push(g());
print(fibs.join(" "));
