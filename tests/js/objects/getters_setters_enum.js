// Checks that accessor properties are enumerable in for-in and that assignment uses setters in the chain.
var o = { a: 1, get b() { return 2; }, set c(v) {}, d: 4 };
var keys = [];
for (var k in o) keys.push(k);
print(keys.join(","));
var proto = { set x(v) { this._x = v * 2; }, get x() { return this._x; } };
function C() {}
C.prototype = proto;
var c = new C();
c.x = 21;
print(c.x, c.hasOwnProperty("x"), c.hasOwnProperty("_x"));
var g = { get name() { return "getter"; } };
print(g.name, g["name"], typeof g.name);
