// Checks Object.prototype.hasOwnProperty for own, inherited, deleted and array properties.
var o = { a: 1, u: undefined };
print(o.hasOwnProperty("a"), o.hasOwnProperty("u"), o.hasOwnProperty("b"), o.hasOwnProperty("toString"));
function P() { this.own = 1; }
P.prototype.inh = 2;
var p = new P();
print(p.hasOwnProperty("own"), p.hasOwnProperty("inh"), "inh" in p);
delete p.own;
print(p.hasOwnProperty("own"));
var arr = [1, , 3];
print(arr.hasOwnProperty(0), arr.hasOwnProperty(1), arr.hasOwnProperty("2"), arr.hasOwnProperty("length"));
print(o.hasOwnProperty(), ({ undefined: 1 }).hasOwnProperty());
print(Object.prototype.hasOwnProperty.call(o, "a"));
var n = { 1: "x" };
print(n.hasOwnProperty(1), n.hasOwnProperty("1"));
