// Checks basic string values: length, equality, indexing and ordering.
var s = "hello";
print(s, s.length);
print(s[0], s[4], s[5]);
print(s["1"], s[1 + 1]);
print(s[0] + s[1] + s[2] + s[3] + s[4] === s);
print("" === "", "a" === "a", "a" === "A");
print("abc" < "abd", "B" < "a", "" < "a");
print("a" + "b" === "ab");
var e = "";
print(e.length, e[0]);
print("12".length, (12 + "").length);
