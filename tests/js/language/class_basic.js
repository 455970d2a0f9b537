// Class declarations and expressions: constructor, methods, accessors,
// static members, computed keys, the prototype object and its attributes.
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  sum() { return this.x + this.y; }
  get norm1() { return Math.abs(this.x) + Math.abs(this.y); }
  set both(v) { this.x = this.y = v; }
  static origin() { return new Point(0, 0); }
  static get kind() { return 'point'; }
  ['comp' + 'uted']() { return 'computed'; }
  'quoted name'() { return 'quoted'; }
  42() { return 'forty-two'; }
}
var p = new Point(3, -4);
print(p.sum(), p.norm1, p.computed(), p['quoted name'](), p[42]());
p.both = 5;
print(p.x, p.y, Point.origin().sum(), Point.kind);
print(typeof Point, Point.name, Point.length, Point.prototype.constructor === Point);
print(p instanceof Point, Point.prototype.constructor === Point);
// Methods are not enumerable; prototype is not writable.
var keys = [];
for (var k in p) keys.push(k);
print(keys.join(','));
keys = [];
for (var k2 in Point.prototype) keys.push(k2);
print(keys.length);
Point.prototype = null;
print(Point.prototype === null);
print(Point.prototype.sum.name, Point.origin.name);
// Class bodies are strict code.
class Strict {
  m() { return this; }
  assign() { undeclaredInClass = 1; }
}
print(Strict.prototype.m.call(undefined));
try {
  new Strict().assign();
} catch (e) {
  print(e.name);
}
// Calling a class without new is a TypeError naming it.
try {
  Point(1, 2);
} catch (e) {
  print(e.name, e.message);
}
// Class expressions: named (inner binding) and anonymous (name inference).
var Anon = class {};
var Named = class Inner {
  who() { return Inner.name; }
};
print(Anon.name, Named.name, new Named().who(), typeof Inner);
var obj = { prop: class {} };
print(obj.prop.name, (class {}).name === '');
// The inner binding is immutable and keeps the class when the outer one changes.
class Self {
  get() { return Self; }
  set() { Self = 1; }
}
var S = Self;
Self = null;
print(new S().get() === S);
try {
  new S().set();
} catch (e) {
  print(e.name);
}
// Block scoping and the temporal dead zone.
try {
  new Later();
} catch (e) {
  print(e.name);
}
class Later {}
{
  class Local {}
  print(typeof Local);
}
print(typeof Local);
// Accessor pairs, a method replacing a getter of the same name.
class Pair {
  get v() { return 'get'; }
  v() { return 'method'; }
}
print(new Pair().v());
// Empty class and semicolons between members.
class Empty { ; ; }
print(new Empty() instanceof Empty);
// A static method named like an accessor word or 'static'.
class Words {
  static static() { return 'static'; }
  get() { return 'get'; }
  set() { return 'set'; }
}
print(Words.static(), new Words().get(), new Words().set());
// A class nested in a computed key of another one.
class Host {
  [class { static k = 'inner'; }.k]() { return 'nested'; }
}
print(new Host().inner());
// Modifier words as member names, and line breaks after them.
class Modifiers {
  async() { return 'async method'; }
  get
  spaced() { return 'getter after a line break'; }
  static
  alsoStatic() { return 'static after a line break'; }
}
print(new Modifiers().async(), new Modifiers().spaced, Modifiers.alsoStatic());
