// Checks building strings incrementally and concatenating many pieces.
var s = "";
for (var i = 0; i < 26; i++) s += "abcdefghijklmnopqrstuvwxyz"[i];
print(s, s.length);
var rep = "";
for (i = 0; i < 1000; i++) rep += "xy";
print(rep.length, rep[0], rep[1999]);
var parts = [];
for (i = 0; i < 5; i++) parts.push("p" + i);
print(parts.join(""));
var a = "con", b = "cat";
print(a + b, (a + b).length, a + b === "concat");
var big = "x";
for (i = 0; i < 16; i++) big += big;
print(big.length);
