// Checks getters on an inherited object use the receiver as this, and setters with side effects.
var base = {
  get full() { return this.first + " " + this.last; },
  set full(v) { this.first = v[0]; this.last = v[1]; }
};
function Person(f, l) { this.first = f; this.last = l; }
Person.prototype = base;
var p = new Person("Ada", "Lovelace");
print(p.full);
p.full = ["Alan", "Turing"];
print(p.first, p.last, p.full);
print(base.hasOwnProperty("full"), p.hasOwnProperty("full"));
