// Checks for-in order: integer-like keys ascending first, then string keys in insertion order.
var o = {};
o.b = 1; o[10] = 1; o.a = 1; o[2] = 1; o["1"] = 1; o.c = 1; o[0] = 1;
var keys = [];
for (var k in o) keys.push(k);
print(keys.join(","));
var p = { z: 1, 5: 2, y: 3, 3: 4, "-1": 5, "01": 6, 1.5: 7 };
keys = [];
for (k in p) keys.push(k);
print(keys.join(","));
