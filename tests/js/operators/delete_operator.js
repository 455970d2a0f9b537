// Checks delete on object properties, array elements and non-references.
var o = { a: 1, b: 2 };
print(delete o.a, "a" in o, o.a);
print(delete o["b"], "b" in o);
print(delete o.notThere);
var arr = [1, 2, 3];
print(delete arr[1], arr.length, 1 in arr, arr[1]);
print(arr.join("-"));
print(delete 5, delete "x");
var proto = { inherited: 1 };
function C() {}
C.prototype = proto;
var c = new C();
print(delete c.inherited, c.inherited);
var declared = 1;
print(delete declared, typeof declared);
implicitGlobal = 1;
print(delete implicitGlobal, typeof implicitGlobal);
