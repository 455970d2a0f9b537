// Generator methods in object literals and classes, and the prototype chain.
var o = {
  k: 3,
  *m() { yield this.k; yield this.k * 2; },
  *["comp" + "uted"]() { yield "c"; },
  *"quoted"() { yield "q"; },
  *5() { yield "five"; },
};
print([...o.m()].join(), o.computed().next().value, o.quoted().next().value, o[5]().next().value);
print(o.m.name, o.computed.name);

class C {
  constructor(n) { this.n = n; }
  *count() { for (var i = 0; i < this.n; i++) yield i; }
  static *s() { yield "s1"; yield "s2"; }
  *#priv() { yield "private"; }
  usePriv() { return this.#priv().next().value; }
}
var c = new C(3);
print([...c.count()].join(), [...C.s()].join(), c.usePriv());

class D extends C {
  *count() { yield "before"; yield* super.count(); yield "after"; }
}
print([...new D(2).count()].join());

// A generator's prototype is its function's prototype property.
function* g() {}
print(g() instanceof g, g.hasOwnProperty("prototype"), o.m.hasOwnProperty("prototype"));
print(g.prototype.hasOwnProperty("constructor"), g.prototype !== (function* () {}).prototype);
print(typeof g, typeof g());
