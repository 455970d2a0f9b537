// Checks prototype objects of functions: sharing, replacing, adding after construction.
function F() {}
var f1 = new F();
F.prototype.later = "added later";
print(f1.later);
var oldProto = F.prototype;
F.prototype = { replaced: true };
var f2 = new F();
print(f1.later, f1.replaced, f2.later, f2.replaced);
print(f1 instanceof F, f2 instanceof F);
F.prototype = oldProto;
print(f1 instanceof F, f2 instanceof F);
function G() {}
G.prototype.arr = [];
var g1 = new G(), g2 = new G();
g1.arr.push(1);
print(g2.arr.length);
g1.arr = [];
print(g1.arr.length, g2.arr.length);
