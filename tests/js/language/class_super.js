// super property references in methods, accessors, static methods,
// object literal methods and arrow functions inside them.
class Base {
  greet() { return 'base greet ' + this.tag; }
  get value() { return 'base value'; }
  static who() { return 'static base'; }
}
class Derived extends Base {
  constructor() {
    super();
    this.tag = 'derived';
  }
  greet() { return 'derived > ' + super.greet(); }
  get value() { return 'derived > ' + super.value; }
  static who() { return 'static derived > ' + super.who(); }
  computed() {
    var key = 'greet';
    return super[key]();
  }
  viaArrow() {
    var f = () => super.greet();
    return f();
  }
  assign() {
    super.assigned = 'set on this';
    return this.hasOwnProperty('assigned') + ' ' + Base.prototype.hasOwnProperty('assigned');
  }
  missing() { return super.nothing; }
}
var d = new Derived();
print(d.greet());
print(d.value);
print(Derived.who());
print(d.computed(), d.viaArrow());
print(d.assign(), d.assigned, d.missing());
// The home object stays with the method when it is borrowed.
var borrowed = { tag: 'other', greet: Derived.prototype.greet };
print(borrowed.greet());
// Object literal methods have a home object too.
var proto = { hello() { return 'proto hello from ' + this.name; } };
var lit = {
  __proto__: proto,
  name: 'lit',
  hello() { return 'lit > ' + super.hello(); },
  get g() { return super.hello(); }
};
print(lit.hello());
print(lit.g);
// A setter inherited through super runs on this.
class WithSetter {
  set x(v) { this.stored = v; }
}
class UsesSetter extends WithSetter {
  run() {
    super.x = 42;
    return this.stored;
  }
}
print(new UsesSetter().run());
// Compound assignment through super.
class Counter {
  constructor() { this.n = 1; }
}
class Inc extends Counter {
  bump() {
    super.n += 5;
    return this.n;
  }
}
print(new Inc().bump());
// super outside methods is a SyntaxError.
var bad = ['function f() { return super.x; }', 'super.x', 'class A { constructor() { super(); } }',
           'class A extends Object { m() { super(); } }', 'var o = { f: function () { super.x; } }'];
for (var i = 0; i < bad.length; i++) {
  try {
    eval(bad[i]);
    print('no error');
  } catch (e) {
    print(e.name);
  }
}
