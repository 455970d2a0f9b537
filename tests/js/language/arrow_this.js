// this and arguments are the enclosing function's.
var obj = {
  name: 'obj',
  direct: function () { return (() => this.name)(); },
  nested: function () { return (() => () => this.name)()(); },
  args: function () { return (() => arguments.length + ':' + arguments[0])(); },
  later: function () { var self = this; return () => this === self; }
};
print(obj.direct(), obj.nested(), obj.args('a', 'b'));
var f = obj.later();
print(f(), f.call({}), f.apply(null));

// In a constructor.
function Counter() {
  this.count = 0;
  this.inc = () => ++this.count;
}
var c = new Counter();
var inc = c.inc;
inc();
inc();
print(c.count);

// At the top level this is the global object.
var topThis = (() => this)();
print(topThis === this);

// Strict functions: undefined this stays undefined.
function strictOuter() {
  'use strict';
  return (() => typeof this)();
}
print(strictOuter());

// with does not change this.
with ({name: 'with object'}) {
  print((() => name)(), (() => typeof this.direct)());
}

// Direct eval in an arrow function sees the enclosing this and arguments.
var viaEval = {
  self: function () { return (() => eval('this'))() === this; },
  count: function () { return (() => eval('arguments.length'))(); },
  nested: function () { return (() => eval('(() => this)()'))() === this; }
};
print(viaEval.self(), viaEval.count(1, 2, 3), viaEval.nested());
