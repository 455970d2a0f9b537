// Checks for-in over own properties of plain objects and arrays, in insertion order.
var o = { a: 1, b: 2, c: 3 };
var keys = [];
for (var k in o) keys.push(k + "=" + o[k]);
print(keys.join(","));
var arr = ["x", "y", "z"];
keys = [];
for (var i in arr) keys.push(i + ":" + typeof i);
print(keys.join(","));
var sparse = [1, , 3];
keys = [];
for (var j in sparse) keys.push(j);
print(keys.join(","));
var empty = 0;
for (var e in {}) empty++;
print(empty);
var o2 = {};
o2.z = 1; o2.y = 2; o2.x = 3;
keys = [];
for (var p in o2) keys.push(p);
print(keys.join(","));
var last;
for (last in o) {}
print(last);
