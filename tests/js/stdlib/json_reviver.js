// JSON.parse with a reviver: bottom-up order, this = holder, deletion on
// undefined, replacement values, arrays, and errors thrown by the reviver.
var log = [];
var r = JSON.parse('{"a":1,"b":{"c":2,"d":[3,4]},"e":"x"}', function (k, v) {
    log.push(JSON.stringify(k) + ":" + (typeof v === "object" ? "obj" : v));
    return v;
});
print(log.join(" "));
print(JSON.stringify(r));
var out = JSON.parse('{"a":1,"b":2,"c":{"d":3,"e":4},"f":[1,2,3]}', function (k, v) {
    if (k === "b" || k === "e" || k === "1") return undefined;
    if (typeof v === "number") return v * 10;
    return v;
});
print(JSON.stringify(out), out.hasOwnProperty("b"), out.f.length, 1 in out.f);
var holders = [];
JSON.parse('{"p":{"q":1}}', function (k, v) {
    holders.push(k + ":" + (this === undefined ? "undef" : typeof this) + ":" + (k === "" ? this[""] === v : this[k] === v));
    return v;
});
print(holders.join(" "));
print(JSON.parse("5", function (k, v) { return k === "" ? v + 1 : v; }), JSON.parse("[1]", function () { return 7; }));
print(JSON.parse('"s"', function (k, v) { return undefined; }));
print(JSON.parse("[1,2]", null)[1], JSON.parse("[1,2]", {})[0], JSON.parse("[1,2]", 5).length);
// the reviver adding and changing properties of holders it has not visited yet
var seen = [];
var res = JSON.parse('{"a":1,"b":2}', function (k, v) {
    seen.push(k);
    if (k === "a") this.b = 20;
    return v;
});
print(seen.join(","), res.b);
try {
    JSON.parse("[1,2,3]", function (k, v) { if (v === 2) throw new RangeError("bad " + k); return v; });
} catch (e) { print(e.name, e.message); }
var nested = "";
for (var i = 0; i < 150; i++) nested += "[";
for (var i = 0; i < 150; i++) nested += "]";
var count = 0;
JSON.parse(nested, function (k, v) { count++; return v; });
print("visits", count);
var keysSeen = [];
JSON.parse('{"z":1,"10":2,"b":3,"2":4}', function (k, v) { keysSeen.push(k); return v; });
print(keysSeen.join(","));
