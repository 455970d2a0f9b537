// %GeneratorFunction.prototype% and %GeneratorPrototype% (ES2015 25.2, 25.3).
var getProto = Object.getPrototypeOf;
function* g() {}
var o = { *m() {} };
var GF = getProto(g);
var GP = GF.prototype;
print(GF === getProto(function* () {}), GF === getProto(o.m), getProto(GF) === Function.prototype);
print(getProto(g.prototype) === GP, getProto(g()) === g.prototype);
print(getProto(getProto(GP)) === Object.prototype, GP.constructor === GF);
print(Object.getOwnPropertyNames(GP).sort().join());
var d = Object.getOwnPropertyDescriptor(GF, "prototype");
print(d.writable, d.enumerable, d.configurable);
d = Object.getOwnPropertyDescriptor(g, "prototype");
print(d.writable, d.enumerable, d.configurable);
d = Object.getOwnPropertyDescriptor(GP, "next");
print(d.writable, d.enumerable, d.configurable);
print(Object.getOwnPropertyNames(g.prototype).length);
print(GP.next.length, GP.return.length, GP.throw.length, GP.next.name, GP.return.name, GP.throw.name);
print(g() instanceof g, typeof g, typeof g());

// A prototype property that is not an object: %GeneratorPrototype% is used.
function* h() { yield 1; }
h.prototype = null;
print(getProto(h()) === GP);
h.prototype = Object.create(GP);
h.prototype.extra = "E";
print(h().extra, h().next().value);
// Methods are own properties of %GeneratorPrototype%, so they can be replaced.
var saved = GP.next;
GP.next = function () { return { value: "patched", done: true }; };
print(g().next().value);
GP.next = saved;
print(g().next().done);
