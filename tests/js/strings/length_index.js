// Checks string length and character indexing including out-of-range and non-integer indexes.
var s = "abcdef";
print(s.length, s[0], s[5], s[6], s[-1], s[1.5]);
print(s["2"], s[" 2"], typeof s[0]);
var i, out = "";
for (i = s.length - 1; i >= 0; i--) out += s[i];
print(out);
print("".length, ""[0]);
print("\u00e9".length, "日本語".length, "日本語"[1] === "\u672c");
var spaces = "   ";
print(spaces.length, "[" + spaces[1] + "]");
print("abc".length + "de".length);
var lenProp = "hello";
print(lenProp.length, lenProp["length"]);
