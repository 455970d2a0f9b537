// Checks sparse arrays: holes read as undefined, are not own, and are skipped by for-in.
var a = [];
a[2] = "c";
a[5] = "f";
print(a.length, a[0], a[2], 0 in a, 2 in a);
var keys = [];
for (var k in a) keys.push(k);
print(keys.join(","));
print(a.join("|"));
var h = [1, , undefined, 4];
print(1 in h, 2 in h, h[1] === h[2]);
var big = [];
big[1000] = 1;
var count = 0;
for (k in big) count++;
print(big.length, count);
var d = [1, 2, 3];
delete d[1];
print(d.length, 1 in d, d.join(","));
