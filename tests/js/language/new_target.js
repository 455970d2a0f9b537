// new.target: undefined in plain calls, the constructor with new, the
// subclass through super(), inherited by arrow functions.
function F() {
  return new.target;
}
print(F() === undefined, new F() instanceof F);
function G() {
  this.target = new.target;
}
print(new G().target === G);
function H() {
  var arrow = () => new.target;
  this.fromArrow = arrow();
}
print(new H().fromArrow === H);
class Base {
  constructor() {
    this.target = new.target;
  }
}
class Derived extends Base {}
print(new Base().target === Base, new Derived().target === Derived);
var o = {
  m() { return new.target; }
};
print(o.m());
try {
  eval('new.target');
} catch (e) {
  print(e.name);
}
try {
  eval('() => new.target');
} catch (e) {
  print(e.name);
}
print(new (function () { return new.target; })() === undefined);
