// Checks conversion of objects to primitives via valueOf and toString.
var v = { valueOf: function () { return 10; }, toString: function () { return "str"; } };
print(v + 1, v * 2, String(v), v + "", v > 9);
var t = { toString: function () { return "7"; } };
print(t * 2, t + 1, Number(t), String(t));
var bad = { valueOf: function () { return {}; }, toString: function () { return "fallback"; } };
print(bad + "", Number(bad));
var order = [];
var logging = {
  valueOf: function () { order.push("valueOf"); return 1; },
  toString: function () { order.push("toString"); return "s"; }
};
logging + 1; String(logging); logging == 1;
print(order.join(","));
print([] + 1, [5] * 2, [1, 2] + [3]);
var nul = { valueOf: function () { return null; } };
print(nul + 1, nul == null);
