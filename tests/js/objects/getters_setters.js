// Checks getters and setters defined in object literals.
var o = {
  _v: 1,
  get v() { return this._v * 10; },
  set v(x) { this._v = x; },
  get readOnly() { return "ro"; }
};
print(o.v);
o.v = 5;
print(o.v, o._v);
o.readOnly = "ignored";
print(o.readOnly);
var log = [];
var p = { set only(x) { log.push("set " + x); } };
p.only = 1;
p.only = 2;
print(p.only, log.join(","));
var counter = { n: 0, get next() { return ++this.n; } };
print(counter.next, counter.next, counter.n);
print("v" in o, o.hasOwnProperty("v"));
function Proto() {}
Proto.prototype = { get inherited() { return "via proto " + this.tag; } };
var inst = new Proto();
inst.tag = "inst";
print(inst.inherited);
var r = (o.v = 7);
print(r, o.v);
