// Raw U+2028 and U+2029 in string literals (ES2019); U+180E is no white space.
var ls = "a b", ps = 'c d';
print(ls.length, ls === 'a\u2028b', ps === "c\u2029d");
print(eval("\"x\u2028y\"").length);
try { eval("var\u180Eq = 1"); print("parsed"); } catch (e) { print(e.name); }
