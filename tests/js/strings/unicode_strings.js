// Checks non-ASCII strings: escapes vs literal characters, lengths, concatenation.
var a = "caf\u00e9", b = "café";
print(a === b, a.length, a);
var g = "\u03b1\u03b2\u03b3";
print(g, g.length, g[1]);
var cjk = "中文";
print(cjk, cjk.length, cjk + "!" );
var pair = "\ud83d\ude00";
print(pair.length);
print("\u0041\u030A".length);
