// Checks the in operator on own, inherited and array properties.
var o = { a: 1, u: undefined };
print("a" in o, "b" in o, "u" in o);
print("toString" in o, "hasOwnProperty" in o);
var arr = [10, , 30];
print(0 in arr, 1 in arr, 2 in arr, 3 in arr, "length" in arr);
print("0" in arr, 2 in arr);
function P() {}
P.prototype.inh = 1;
var p = new P();
print("inh" in p, p.hasOwnProperty("inh"));
var k = "a";
print(k in o, ("a" + "") in o);
print(1 in { 1: "x" }, "1" in { 1: "x" });
