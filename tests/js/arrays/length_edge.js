// Checks large lengths and length of arrays after truncation via large indexes.
var a = new Array(4294967295);
print(a.length);
a.length = 0;
print(a.length);
var b = [1, 2, 3];
b.length = 4294967295;
print(b.length, b[2]);
b.length = 1;
print(b.length, b.join(","));
var c = new Array(100000);
print(c.length, c[99999]);
