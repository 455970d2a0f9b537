// Shorthand properties {a, b}: IdentifierReferences, in order.
var a = 1, b = 'two', get = 'g', set = 's', eval2 = 3;
var o = {a, b, get, set};
print(o.a, o.b, o.get, o.set);
function f(x, y) { var z = x + y; return {x, y, z, arguments}; }
var r = f(2, 3);
print(r.x, r.y, r.z, r.arguments.length);
var keys = [];
for (var k in {b, a, eval2}) keys.push(k);
print(keys.join());
var cnt = 0;
var g = { get cnt() { return 'accessor'; } };
print({cnt}.cnt, g.cnt);
try {
  ({undeclaredName});
} catch (e) {
  print(e.name);
}
var same = {a, a};
print(same.a);
