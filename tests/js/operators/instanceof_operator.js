// Checks instanceof with constructor functions, prototype chains and builtins.
function A() {}
function B() {}
B.prototype = new A();
var a = new A(), b = new B();
print(a instanceof A, a instanceof B, b instanceof A, b instanceof B);
print(a instanceof Object, {} instanceof Object, [] instanceof Array, [] instanceof Object);
print(new Error("x") instanceof Error, new TypeError("x") instanceof Error);
print(new Error("x") instanceof TypeError);
print(1 instanceof Object, "s" instanceof Object, null instanceof Object, undefined instanceof A);
print(function () {} instanceof Object);
A.prototype = {};
print(a instanceof A, new A() instanceof A);
var o = {};
print(o instanceof Object, !(o instanceof A));
