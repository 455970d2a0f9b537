// Checks arrays as objects: extra properties, arrays in objects and objects in arrays.
var a = [1, 2, 3];
a.name = "named";
print(a.name, a.length);
var keys = [];
for (var k in a) keys.push(k);
print(keys.join(","));
var people = [{ n: "A", age: 30 }, { n: "B", age: 20 }];
var total = 0;
for (var i = 0; i < people.length; i++) total += people[i].age;
print(total, people[1].n);
var o = { list: [1, 2, 3] };
o.list.push(4);
print(o.list.length, o.list.join(""));
print(typeof [], [] instanceof Object, String([] instanceof Array));
