// extends: base classes, super() and derived constructors, the implicit
// constructor, null, and ordinary functions as heritage.
class Animal {
  constructor(name) {
    this.name = name;
  }
  speak() { return this.name + ' makes a sound'; }
  static create(name) { return new this(name); }
}
class Dog extends Animal {
  constructor(name, breed) {
    super(name);
    this.breed = breed;
  }
  speak() { return super.speak() + ' (woof)'; }
}
class Puppy extends Dog {}
var d = new Dog('Rex', 'lab');
print(d.speak(), d.breed, d instanceof Animal, d instanceof Dog);
var pup = new Puppy('Bit', 'pug');
print(pup.speak(), pup.breed, pup instanceof Puppy);
print(Puppy.create('Made').name, Puppy.create('Made') instanceof Puppy);
// Ordinary constructor functions as heritage.
function Legacy(v) {
  this.v = v;
}
Legacy.prototype.get = function () { return this.v; };
class Modern extends Legacy {
  constructor() {
    super(7);
  }
}
print(new Modern().get());
// extends null: the prototype's prototype is null.
class Nothing extends null {}
print('toString' in Nothing.prototype, typeof Nothing.call);
// Heritage errors.
try {
  class Bad extends 42 {}
} catch (e) {
  print(e.name, e.message);
}
function NoProto() {}
NoProto.prototype = 3;
try {
  class Bad2 extends NoProto {}
} catch (e) {
  print(e.name);
}
// this before super(), super() twice, bad return values.
class Base {}
class Early extends Base {
  constructor() {
    this.x = 1;
    super();
  }
}
try {
  new Early();
} catch (e) {
  print(e.name, e.message);
}
class Twice extends Base {
  constructor() {
    super();
    super();
  }
}
try {
  new Twice();
} catch (e) {
  print(e.name, e.message);
}
class ReturnsNumber extends Base {
  constructor() {
    super();
    return 1;
  }
}
try {
  new ReturnsNumber();
} catch (e) {
  print(e.name, e.message);
}
class NoSuper extends Base {
  constructor() {}
}
try {
  new NoSuper();
} catch (e) {
  print(e.name);
}
class ReturnsObject extends Base {
  constructor() {
    return { replaced: true };
  }
}
print(new ReturnsObject().replaced);
class ReturnsUndefined extends Base {
  constructor() {
    super();
    return undefined;
  }
}
print(new ReturnsUndefined() instanceof ReturnsUndefined);
// super() in an arrow function of the constructor binds the constructor's this.
class ViaArrow extends Animal {
  constructor() {
    var init = () => super('arrow');
    init();
    print(this.name);
  }
}
new ViaArrow();
// Arguments pass through the implicit constructor.
class Args {
  constructor(a, b, c) {
    this.all = [a, b, c].join('-');
  }
}
class Passes extends Args {}
print(new Passes(1, 2, 3).all);
