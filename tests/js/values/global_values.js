// Checks the global NaN, Infinity and undefined properties and the global this.
print(typeof NaN, typeof Infinity, typeof undefined);
print(NaN !== NaN, Infinity > 0, undefined === void 0);
print(typeof this);
print(this.NaN !== this.NaN, this.Infinity, this.undefined);
var g = this;
var myGlobal = 5;
print(g.myGlobal);
g.fromProp = 7;
print(fromProp);
function plain() { return typeof this; }
print(plain());
print("NaN" in g, "Infinity" in g, "undefined" in g);
