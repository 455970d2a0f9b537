// Checks Object.prototype.toString on plain objects and overriding toString.
print(String({}), {} + "", String(new Object()));
print(Object.prototype.toString.call({ a: 1 }));
var o = { toString: function () { return "custom"; } };
print(String(o), "" + o);
function C() {}
C.prototype.toString = function () { return "C instance"; };
print(String(new C()));
var plain = new C();
delete C.prototype.toString;
print(String(plain));
