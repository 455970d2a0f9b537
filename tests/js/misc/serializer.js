// Checks a small hand-written serializer using typeof, for-in and recursion.
function ser(v) {
  if (v === null) return "null";
  var t = typeof v;
  if (t === "string") return '"' + v + '"';
  if (t === "number" || t === "boolean") return String(v);
  if (t === "undefined") return "undefined";
  if (v instanceof Array) {
    var parts = [];
    for (var i = 0; i < v.length; i++) parts.push(ser(v[i]));
    return "[" + parts.join(",") + "]";
  }
  var kv = [];
  for (var k in v) if (v.hasOwnProperty(k)) kv.push(k + ":" + ser(v[k]));
  return "{" + kv.join(",") + "}";
}
print(ser({ a: 1, b: [true, null, "s"], c: { d: -0, e: NaN }, 2: "two", 1: undefined }));
print(ser([]), ser({}), ser([[[]]]), ser(1e21));
