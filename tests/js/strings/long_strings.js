// Checks building a long string by doubling and checking its length and characters.
var s = "ab";
for (var i = 0; i < 15; i++) s = s + s;
print(s.length, s[0], s[1], s[65535]);
var count = 0;
for (i = 0; i < s.length; i += 1024) if (s[i] === "a") count++;
print(count);
