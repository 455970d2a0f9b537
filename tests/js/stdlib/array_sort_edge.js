// sort with inconsistent comparators and comparators that change the array:
// it must finish and keep exactly the original elements.
function sameElements(arr, orig) {
    var a = Array.prototype.slice.call(arr).sort(), b = orig.slice().sort();
    return a.join() === b.join();
}
var orig = [];
for (var i = 0; i < 50; i++) orig.push(i);
var calls = 0;
var x = orig.slice();
x.sort(function () { calls++; return (calls % 3) - 1; });
print(sameElements(x, orig), x.length);
var y = orig.slice();
y.sort(function () { return 1; });
print(sameElements(y, orig));
var z = orig.slice();
z.sort(function () { return -1; });
print(sameElements(z, orig));
// comparator that mutates the array being sorted
var m = [5, 4, 3, 2, 1];
var first = true;
m.sort(function (a, b) {
    if (first) { first = false; m.push(100); m.length = 3; m[10] = 'late'; }
    return a - b;
});
print(m.length >= 5, m.length);
var m2 = [3, 2, 1];
m2.sort(function (a, b) { m2[0] = 'x'; return a - b; });
print(m2.join());
// comparator returning non-numbers
print([3, 1, 2].sort(function (a, b) { return a > b; }).length);
print([3, 1, 2].sort(function (a, b) { return undefined; }).length);
// sorting a sparse object with a large length only touches its elements
var sparse = { length: 1000000, 999999: 'b', 5: 'a', 500: undefined };
Array.prototype.sort.call(sparse);
print(sparse[0], sparse[1], sparse[2], 3 in sparse, 999999 in sparse, sparse.length);
// inherited elements are sorted into own properties
var proto = [, 'p'];
var child = Object.create(proto);
child.length = 3;
child[0] = 'z';
child[2] = 'a';
Array.prototype.sort.call(child);
print(child[0], child[1], child[2], child.hasOwnProperty(2));
// strings with non-ASCII and empty strings
print(['\u00e9', 'e', '', 'z', 'E'].sort().join('|'));
