// JSON.stringify string escaping: the short escapes, other control
// characters as \u00xx, quotes and backslashes, lone surrogates as \udxxx,
// pairs and non-ASCII text kept; round trips through JSON.parse.
var s = "";
for (var i = 0; i < 32; i++) s += String.fromCharCode(i);
print(JSON.stringify(s));
print(JSON.stringify("\"quoted\" and \\backslash\\ and /slash/"));
print(JSON.stringify("\u007f\u0080\u00ff\u2028\u2029\ufeff"));
print(JSON.stringify("\ud800"), JSON.stringify("\udfff"), JSON.stringify("a\ud800b"), JSON.stringify("\udc00\ud800"));
print(JSON.stringify("\ud83d\ude00") === "\"\ud83d\ude00\"", JSON.stringify("\ud83d\ude00\ud83d"), JSON.stringify("x\ude00\ud83d\ude00"));
print(JSON.stringify({ "key\n": "v\t", "\ud800": 1 }));
print(JSON.stringify("caf\u00e9 \u4e2d\u6587"));
var samples = [s, "\ud800", "plain", "\u00e9\"\\", "\ud83d\ude00", "\u2028"];
var ok = true;
for (var j = 0; j < samples.length; j++) if (JSON.parse(JSON.stringify(samples[j])) !== samples[j]) ok = false;
print("round trip:", ok);
var obj = { a: [1, "two", { three: [null, true, false] }], "b c": -1.5e-10, d: "\u0000" };
print(JSON.stringify(JSON.parse(JSON.stringify(obj))) === JSON.stringify(obj), JSON.stringify(obj));
