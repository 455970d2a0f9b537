// Checks Object as function and constructor and Object.prototype basics.
print(typeof Object, typeof Object.prototype);
var o = new Object();
print(o instanceof Object, Object.prototype.toString.call(o));
print(typeof Object.prototype.hasOwnProperty, typeof Object.prototype.toString);
print({}.hasOwnProperty === Object.prototype.hasOwnProperty);
var p = Object();
p.k = "v";
print(p.hasOwnProperty("k"), p.k);
print(Object.prototype.hasOwnProperty.call({ z: 1 }, "z"));
function F() {}
print(new F() instanceof Object, F.prototype instanceof Object);
