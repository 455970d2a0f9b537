// Public instance and static fields (ES2022), computed field keys, this in
// initialisers, static blocks.
var order = [];
class Fields {
  a = 1;
  b = this.a + 1;
  ['c' + 'd'] = 'computed';
  e;
  static s = 'static';
  static t = Fields.s + '!';
  static {
    order.push('static block sees ' + this.t);
  }
  fn = function () {};
  arrow = () => this.a;
  constructor() {
    order.push('constructor sees b=' + this.b);
  }
}
var f = new Fields();
print(f.a, f.b, f.cd, f.e, f.hasOwnProperty('e'), Fields.s, Fields.t);
print(f.fn.name, f.arrow());
print(order.join('; '));
// Fields are enumerable own properties, defined after super() returns.
var keys = [];
for (var k in f) keys.push(k);
print(keys.join(','));
class Parent {
  constructor() {
    this.seen = this.child;
  }
}
class Child extends Parent {
  child = 'child field';
}
var c = new Child();
print(c.seen, c.child);
// Each instance runs the initialisers again.
var count = 0;
class Counted {
  id = ++count;
}
print(new Counted().id, new Counted().id);
// Field initialisers have their own this and new.target is undefined there.
class Targets {
  nt = new.target;
  self = this;
}
var t = new Targets();
print(t.nt, t.self === t);
// Static fields and blocks run in order with this = the class.
class Steps {
  static log = [];
  static x = Steps.log.push('x');
  static {
    this.log.push('block');
  }
  static y = Steps.log.push('y');
}
print(Steps.log.join(','));
// A field named like a keyword or a string.
class Names {
  if = 'if';
  'quoted' = 'q';
  static = 's';
}
var n = new Names();
print(n.if, n.quoted, n.static);
// 'arguments' in an initialiser and fields named constructor are SyntaxErrors.
var bad = ['class A { x = arguments; }', 'class A { constructor = 1; }', 'class A { static prototype = 1; }',
           'class A { static { arguments; } }', 'class A { static { return; } }',
           'class A { static { var await; } }', 'class A { static { ((x = await) => x); } }',
           'class A { static { (() => await); } }'];
for (var i = 0; i < bad.length; i++) {
  try {
    eval(bad[i]);
    print('no error');
  } catch (e) {
    print(e.name);
  }
}
