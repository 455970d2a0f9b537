// Checks basic behaviour of undefined and null values.
var u;
print(u, null);
print(u === undefined, u == null, u === null);
print(null == undefined, null === undefined);
print(null == 0, undefined == 0, null == false, undefined == "");
print(null + 1, undefined + 1);
print(null + "", undefined + "");
print(!null, !undefined);
function f() {}
print(f(), f() === undefined);
var o = {};
print(o.missing, o.missing === undefined);
print([undefined, null].length);
