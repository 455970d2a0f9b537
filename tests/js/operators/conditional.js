// Checks the conditional operator, its nesting and right-associativity.
print(true ? "a" : "b", false ? "a" : "b", 0 ? 1 : 2, "x" ? 1 : 2);
function grade(n) { return n >= 90 ? "A" : n >= 80 ? "B" : n >= 70 ? "C" : "F"; }
print(grade(95), grade(85), grade(75), grade(10));
var a = 1;
var r = a ? a > 0 ? "pos" : "neg" : "zero";
print(r);
var side = 0;
var v = true ? (side += 1) : (side += 100);
print(v, side);
var w = 1 ? 2 : 3, z;
print(w);
z = false ? 1 : true ? 2 : 3;
print(z);
print((1, 0) ? "t" : "f");
