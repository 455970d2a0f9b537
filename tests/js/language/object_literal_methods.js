// Method definitions: this, names, not constructors, no prototype;
// getters and setters keep working, named "get x" / "set x".
var o = {
  v: 10,
  f() { return this.v + 1; },
  'quoted key'(a, b) { return a + b; },
  42() { return 'num'; },
  get() { return 'a method named get'; },
  set(x) { return 'a method named set ' + x; },
  get g() { return 'getter'; },
  set s(x) { this.v = x; },
  if() { return 'keyword'; },
  rest(a, b, c) {}
};
print(o.f(), o['quoted key'](1, 2), o[42](), o.get(), o.set(1), o.g, o.if());
o.s = 5;
print(o.v, o.f());
print(o.f.name, o['quoted key'].name, o[42].name, o.get.name, o.set.name, o.if.name);
print(o.f.length, o.rest.length, 'prototype' in o.f, o.f.hasOwnProperty('prototype'));
try {
  new o.f();
} catch (e) {
  print(e.name);
}
var m = { m() { return typeof m; } };
print(m.m());
var nested = { outer() { return { inner() { return 'in'; } }.inner(); } };
print(nested.outer());
var args = { count() { return arguments.length; } };
print(args.count(1, 2, 3));
var strict = { s() { 'use strict'; return this; } };
print(strict.s.call(undefined));
