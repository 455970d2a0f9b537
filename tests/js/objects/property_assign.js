// Checks adding, overwriting and deleting properties, and assignment results.
var o = {};
o.a = 1;
o["b"] = 2;
var r = (o.c = 3);
print(o.a, o.b, o.c, r);
o.a = "changed";
print(o.a);
var x = o.d = o.e = "chain";
print(o.d, o.e, x);
delete o.a;
print(o.a, "a" in o);
o.a = "readded";
var keys = [];
for (var k in o) keys.push(k);
print(keys.join(","));
var q = o;
q.shared = "via alias";
print(o.shared);
