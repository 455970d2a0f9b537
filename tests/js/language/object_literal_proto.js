// __proto__: value in object literals (B.3.1): sets the prototype only in
// the plain colon form; shorthand, computed and method forms make own
// properties; non-object values are ignored.
var base = { inherited: 'yes' };
var a = { __proto__: base, own: 1 };
print(a.inherited, a.hasOwnProperty('__proto__'), a.hasOwnProperty('inherited'));
var b = { '__proto__': base };
print(b.inherited);
var c = { __proto__: null };
print(typeof c.hasOwnProperty, c.toString === undefined);
var d = { __proto__: 5 };
print(typeof d.hasOwnProperty);
var __proto__ = base;
var e = { __proto__ };
print(e.inherited, e.hasOwnProperty('__proto__'));
var f = { ['__proto__']: base };
print(f.inherited, f.hasOwnProperty('__proto__'));
var g = { __proto__() { return 'method'; } };
print(g.hasOwnProperty('__proto__'), g.inherited);
var h = { __proto__: base, ['__proto__']: 1, __proto__ };
print(h.inherited, h.hasOwnProperty('__proto__'));
try {
  eval('({ __proto__: 1, __proto__: 2 })');
} catch (err) {
  print(err.name);
}
