// Checks object literals: property name kinds, nesting, trailing comma, duplicate keys.
var o = { a: 1, "b c": 2, 3: "three", 0x10: "hex", 1.5: "float", "": "empty", };
print(o.a, o["b c"], o[3], o["3"], o[16], o["1.5"], o[""]);
var nested = { x: { y: { z: "deep" } }, arr: [1, { k: "v" }] };
print(nested.x.y.z, nested.arr[1].k);
var dup = { k: 1, k: 2 };
print(dup.k);
var empty = {};
print(String(empty), typeof empty);
var exprVals = { sum: 1 + 2, str: "a" + "b", fn: function () { return "f"; } };
print(exprVals.sum, exprVals.str, exprVals.fn());
var num = { 1e3: "thousand", 010: "ten?" };
print(num[1000], num[10], num[8]);
