// JSON.stringify with the space argument: numbers (clamped to 10), strings
// (first 10 characters), wrapper objects, empty containers, nesting.
var value = { a: [1, { b: 2 }, []], c: {}, d: "x", e: [[]] };
print(JSON.stringify(value, null, 2));
print(JSON.stringify(value, null, "\t"));
print(JSON.stringify([1, [2, [3]]], null, "--"));
print(JSON.stringify({ a: 1 }, null, 20));
print(JSON.stringify({ a: 1 }, null, "0123456789abcdef"));
print(JSON.stringify({ a: 1 }, null, new Number(3)));
print(JSON.stringify({ a: 1 }, null, new String("ab")));
print(JSON.stringify({ a: 1 }, null, 0), JSON.stringify({ a: 1 }, null, -5), JSON.stringify({ a: 1 }, null, ""));
print(JSON.stringify({ a: 1 }, null, 2.9));
print(JSON.stringify({ a: 1 }, null, true), JSON.stringify({ a: 1 }, null, null), JSON.stringify({ a: 1 }, null, {}), JSON.stringify({ a: 1 }, null, [4]));
print(JSON.stringify([], null, 2), JSON.stringify({}, null, 2), JSON.stringify([undefined], null, 1));
print(JSON.stringify({ u: undefined, f: function () {} }, null, 2));
print(JSON.stringify({ a: undefined, b: 1, c: undefined }, null, 1));
print(JSON.stringify([{ a: [{}] }], null, "  "));
