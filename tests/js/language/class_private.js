// Private names: fields, methods, accessors, static members, #x in obj,
// brand checks, and their invisibility to property enumeration.
class Account {
  #balance = 0;
  static #count = 0;
  #log = [];
  constructor(initial) {
    this.#deposit(initial);
    Account.#count++;
  }
  #deposit(v) {
    this.#balance += v;
    this.#log.push(v);
  }
  get #summary() { return this.#balance + ' after ' + this.#log.length; }
  set #reset(v) {
    this.#balance = v;
    this.#log = [];
  }
  deposit(v) { this.#deposit(v); return this; }
  summary() { return this.#summary; }
  reset() { this.#reset = 0; return this.#summary; }
  static count() { return Account.#count; }
  static isAccount(o) { return #balance in o; }
  static balanceOf(o) { return o.#balance; }
}
var acc = new Account(10).deposit(5);
print(acc.summary(), Account.count(), acc.reset());
print(Account.isAccount(acc), Account.isAccount({}));
// Private names are not properties a script can see.
var keys = [];
for (var k in acc) keys.push(k);
print(keys.length, acc.hasOwnProperty('#balance'), acc['#balance']);
// Brand checks: objects of other classes.
try {
  Account.balanceOf({});
} catch (e) {
  print(e.name, e.message);
}
try {
  Account.isAccount(1);
} catch (e) {
  print(e.name);
}
// Each class evaluation makes new private names.
function make() {
  return class {
    #v = 1;
    static read(o) { return o.#v; }
  };
}
var C1 = make(), C2 = make();
print(C1.read(new C1()));
try {
  C1.read(new C2());
} catch (e) {
  print(e.name);
}
// Private methods are not writable; accessors without a setter cannot be set.
class Guards {
  #m() {}
  get #g() { return 1; }
  writeMethod() { this.#m = 1; }
  writeGetter() { this.#g = 2; }
}
try {
  new Guards().writeMethod();
} catch (e) {
  print(e.name);
}
try {
  new Guards().writeGetter();
} catch (e) {
  print(e.name);
}
// Subclasses have their own private names; the base's still apply.
class Sub extends Account {
  #balance = 'sub';
  own() { return this.#balance; }
}
var s = new Sub(3);
print(s.own(), s.summary(), Account.isAccount(s));
// Nested classes see the outer class's private names.
class Outer {
  #secret = 'outer secret';
  reveal() {
    class Inner {
      read(o) { return o.#secret; }
    }
    return new Inner().read(this);
  }
}
print(new Outer().reveal());
// Initialising the same object twice (a base constructor returning it).
var target = {};
class ReturnsTarget {
  constructor() { return target; }
}
class Stamp extends ReturnsTarget {
  #stamp = 1;
  static has(o) { return #stamp in o; }
}
new Stamp();
print(Stamp.has(target));
try {
  new Stamp();
} catch (e) {
  print(e.name, e.message);
}
// Early errors.
var bad = ['class A { m() { return this.#missing; } }', 'class A { #a; #a; }', 'this.#x',
           'class A { #a; m() { delete this.#a; } }', 'class A { #constructor() {} }',
           'class A { get #a() {} get #a() {} }', 'class A { #a; m() { return #a; } }'];
for (var i = 0; i < bad.length; i++) {
  try {
    eval(bad[i]);
    print('no error');
  } catch (e) {
    print(e.name);
  }
}
