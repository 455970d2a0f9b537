// JSON.stringify with a replacer function (this = holder, key, value,
// replacing and removing) or a replacer array (order, duplicates, numbers,
// wrappers, other values ignored).
var calls = [];
var r = JSON.stringify({ a: 1, b: [2, { c: 3 }] }, function (k, v) {
    calls.push(JSON.stringify(k) + (Array.isArray && Array.isArray(this) ? "@array" : "@object"));
    return v;
});
print(r);
print(calls.join(" "));
print(JSON.stringify({ a: 1, b: "s", c: [1, "t"] }, function (k, v) { return typeof v === "number" ? v + 100 : v; }));
print(JSON.stringify({ a: 1, b: 2, c: 3 }, function (k, v) { return k === "b" ? undefined : v; }));
print(JSON.stringify([1, 2, 3], function (k, v) { return k === "1" ? undefined : v; }));
print(JSON.stringify({ a: 1 }, function (k, v) { return k === "" ? [v, v] : v; }));
try { JSON.stringify(5, function (k, v) { return { k: k }; }); } catch (e) { print("endless replacer:", e.name); }
print(JSON.stringify(5, function (k, v) { return k === "" ? { wrapped: v } : v; }));
print(JSON.stringify({ d: 1 }, function (k, v) { return k === "d" ? new String("S") : v; }));
print(JSON.stringify({ x: 1 }, function (k, v) { return k === "" ? undefined : v; }));
var hold;
JSON.stringify({ p: 1 }, function (k, v) { if (k === "") hold = this; return v; });
print(typeof hold, hold[""].p);
print(JSON.stringify({ a: 1, b: 2, c: { a: 3, b: 4, d: 5 } }, ["b", "a", "a", "c"]));
print(JSON.stringify({ 1: "one", 2: "two", a: "x" }, [2, 1, "1"]));
print(JSON.stringify({ a: 1, b: 2 }, [new String("b"), new Number(7), {}, null, true, undefined]));
print(JSON.stringify([{ a: 1, b: 2 }, { b: 3 }], ["b"]));
print(JSON.stringify({ a: 1, b: 2 }, []), JSON.stringify({ a: 1 }, "not a replacer"), JSON.stringify({ a: 1 }, {}));
print(JSON.stringify({ a: { toJSON: function () { return 1; } } }, function (k, v) { return typeof v === "object" ? v : "[" + v + "]"; }));
try { JSON.stringify({ a: 1 }, function (k, v) { if (k === "a") throw new Error("from replacer"); return v; }); } catch (e) { print(e.name, e.message); }
