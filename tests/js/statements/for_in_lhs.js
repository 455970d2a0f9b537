// Checks for-in with different left-hand sides and with null/undefined/primitive subjects.
var o = { a: 1, b: 2 };
var target = {};
var n = 0;
for (target.last in o) n++;
print(target.last, n);
var arr = [];
var i = 0;
for (arr[i++] in o);
print(arr.join(","), i);
var count = 0;
for (var k in null) count++;
for (k in undefined) count++;
print(count);
var name;
for (name in { only: 1 }) {}
print(name);
