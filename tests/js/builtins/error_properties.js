// Checks modifying error name/message and inheriting from Error.prototype.
var e = new Error("original");
e.message = "changed";
print(String(e));
e.name = "Custom";
print(String(e));
print(e.hasOwnProperty("message"), e.hasOwnProperty("name"));
var e2 = new Error("m");
print(e2.hasOwnProperty("message"), e2.hasOwnProperty("name"), Error.prototype.name);
print(TypeError.prototype.name, RangeError.prototype.name, Error.prototype.message === "");
var num = new Error(42);
print(num.message, typeof num.message);
var undefMsg = new Error(undefined);
print(undefMsg.hasOwnProperty("message"), String(undefMsg));
var emptyName = new Error("only message");
emptyName.name = "";
print(String(emptyName));
