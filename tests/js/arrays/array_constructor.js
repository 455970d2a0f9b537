// Checks new Array(n), new Array(a, b), Array(n) without new.
var a = new Array(5);
print(a.length, a[0], 0 in a);
var b = new Array(1, 2, 3);
print(b.length, b.join(","));
var c = new Array("5");
print(c.length, c[0]);
var d = Array(3);
print(d.length, Array(3).length);
var e = new Array();
print(e.length);
var f = Array("x", "y");
print(f.join("-"));
var g = new Array(0);
print(g.length);
var h = new Array(2, 3);
print(h.length, h[0], h[1]);
print(new Array(4).join("ab"));
print(a instanceof Array, typeof a);
