// Checks dot and bracket property access with computed and converted keys.
var o = { name: "n", 1: "one", "true": "T", "null": "N", "undefined": "U" };
print(o.name, o["name"], o["na" + "me"]);
print(o[1], o["1"], o[1.0], o[true], o[null], o[undefined]);
var key = "dyn";
o[key] = "dynamic";
print(o.dyn);
o[{}] = "object key";
print(o["[object Object]"]);
o[[1, 2]] = "array key";
print(o["1,2"]);
var ko = { toString: function () { return "custom"; } };
o[ko] = "custom key";
print(o.custom);
print(o.missing, o["missing"]);
var chain = { a: { b: { c: 5 } } };
print(chain.a.b.c, chain["a"]["b"]["c"], chain.a["b"].c);
o[-0] = "zero";
print(o[0], o["0"]);
