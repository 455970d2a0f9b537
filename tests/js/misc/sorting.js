// Checks hand-written bubble sort and quicksort on numbers and strings.
function bubble(a) {
  a = a.slice();
  for (var i = 0; i < a.length; i++)
    for (var j = 0; j < a.length - 1 - i; j++)
      if (a[j] > a[j + 1]) { var t = a[j]; a[j] = a[j + 1]; a[j + 1] = t; }
  return a;
}
function quick(a) {
  if (a.length < 2) return a;
  var pivot = a[0], less = [], more = [];
  for (var i = 1; i < a.length; i++) (a[i] < pivot ? less : more).push(a[i]);
  var res = quick(less);
  res.push(pivot);
  var m = quick(more);
  for (i = 0; i < m.length; i++) res.push(m[i]);
  return res;
}
var nums = [5, -3, 9, 0, 12, -3, 7, 1e3, 0.5];
print(bubble(nums).join(" "));
print(quick(nums).join(" "));
print(nums.join(" "));
print(quick(["pear", "apple", "Banana", "cherry"]).join(" "));
var seed = 42, big = [];
for (var k = 0; k < 500; k++) { seed = (seed * 1103515245 + 12345) % 2147483648; big.push(seed % 1000); }
var sorted = quick(big), ok = true;
for (k = 1; k < sorted.length; k++) if (sorted[k - 1] > sorted[k]) ok = false;
print(sorted.length, ok, sorted[0], sorted[499]);
