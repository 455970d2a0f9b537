// Subclasses of built-in constructors: the object is made by the built-in
// with the subclass's prototype (new.target).
class MyError extends Error {
  constructor(message) {
    super(message);
    this.name = 'MyError';
  }
}
var e = new MyError('boom');
print(e instanceof MyError, e instanceof Error, e.message, String(e));
try {
  throw new MyError('thrown');
} catch (err) {
  print(err.name, err.message, err instanceof MyError);
}
class MyTypeError extends TypeError {}
print(new MyTypeError('t') instanceof TypeError, new MyTypeError('t').name);
class Stack extends Array {
  top() { return this[this.length - 1]; }
}
var s = new Stack();
s.push(1, 2, 3);
print(s.length, s.top(), s instanceof Stack, s instanceof Array, s.join('+'));
var sized = new Stack(4);
print(sized.length);
class Str extends String {
  shout() { return this.toString() + '!'; }
}
print(new Str('hi').shout(), new Str('abc').length);
class Num extends Number {
  twice() { return this.valueOf() * 2; }
}
print(new Num(21).twice());
class Obj extends Object {
  constructor() {
    super(5);
  }
}
var o = new Obj();
print(typeof o, o instanceof Obj);
class Fn extends Function {}
var f = new Fn('a', 'return a * 3');
print(f(4), f instanceof Fn);
// Prototype links of a class and its heritage.
class Animal {}
class Dog extends Animal {}
print(Object.getPrototypeOf(Dog) === Animal, Object.getPrototypeOf(Dog.prototype) === Animal.prototype);
class Nothing extends null {}
print(Object.getPrototypeOf(Nothing.prototype), Object.getPrototypeOf(Nothing) === Function.prototype);
// Property attributes of the class, its prototype and members.
var desc = Object.getOwnPropertyDescriptor(Dog, 'prototype');
print(desc.writable, desc.enumerable, desc.configurable);
class Members {
  m() {}
  get g() { return 1; }
  static s() {}
  field = 1;
}
desc = Object.getOwnPropertyDescriptor(Members.prototype, 'm');
print(desc.writable, desc.enumerable, desc.configurable);
desc = Object.getOwnPropertyDescriptor(Members.prototype, 'g');
print(typeof desc.get, desc.enumerable, desc.configurable);
desc = Object.getOwnPropertyDescriptor(Members.prototype, 'constructor');
print(desc.writable, desc.enumerable, desc.configurable);
print(Object.keys(new Members()).join(','), Object.getOwnPropertyNames(Members.prototype).join(','));
// Private names stay invisible to reflection and JSON; a frozen object's
// private fields stay writable.
class Hidden {
  #secret = 1;
  visible = 2;
  bump() {
    this.#secret++;
    return this.#secret;
  }
}
var h = new Hidden();
print(Object.keys(h).join(','), Object.getOwnPropertyNames(h).join(','), JSON.stringify(h));
Object.freeze(h);
print(Object.isFrozen(h), h.bump());
