// Checks that writing indexes updates length, while non-index keys do not.
var a = [];
a[0] = "a";
print(a.length);
a[4] = "e";
print(a.length, a.join("|"));
a["2"] = "c";
print(a.length, a[2]);
a["foo"] = "bar";
a[-1] = "neg";
a["1.5"] = "frac";
print(a.length, a.foo, a[-1], a["1.5"]);
a["07"] = "not index";
print(a.length, a[7], a["07"]);
var big = [];
big[4294967294] = "max index";
print(big.length);
big[4294967295] = "not an index";
print(big.length);
