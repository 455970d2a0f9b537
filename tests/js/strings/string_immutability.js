// Checks that strings are immutable values and copied by value.
var s = "abc";
var t = s;
t += "d";
print(s, t);
s[0] = "z";
print(s, s[0]);
function modify(str) { str += "!"; return str; }
var orig = "hi";
print(modify(orig), orig);
var o = { s: "x" };
var copy = o.s;
o.s += "y";
print(copy, o.s);
