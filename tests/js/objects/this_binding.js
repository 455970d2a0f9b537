// Checks `this` in constructors, methods, nested functions and call with different objects.
function Obj(v) { this.v = v; }
Obj.prototype.get = function () { return this.v; };
Obj.prototype.nested = function () { function inner() { return typeof this; } return inner(); };
var a = new Obj("a"), b = new Obj("b");
print(a.get(), b.get(), a.get.call(b));
print(a.nested());
var m = { v: "m", f: a.get };
print(m.f());
var getV = a.get;
var globalV = (function () { return typeof this.v; })();
print(globalV);
print((a.get)(), (1, a.get) === a.get);
