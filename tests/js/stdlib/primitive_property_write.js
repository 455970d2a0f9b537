// Writing a property of a primitive writes nothing: not the wrapper, not
// the prototype that has a property of that name; strict code throws.
var s = 'abc';
s.toString = null;
s.fresh = 1;
print(typeof "x".toString, s.fresh, typeof (5).toFixed);
(5).valueOf = 0;
print(typeof (7).valueOf);
function strictWrite(base, key) {
  'use strict';
  try { base[key] = 1; print('no error') } catch (e) { print(e.name) }
}
strictWrite('abc', 'toString');
strictWrite('abc', 'other');
strictWrite(5, 'valueOf');
strictWrite(true, 'x');
strictWrite('abc', 0);
print(typeof String.prototype.toString, typeof Number.prototype.valueOf);
var setterRan = [];
Object.defineProperty(String.prototype, 'viaSetter', { set: function (v) { setterRan.push(typeof this, v) }, configurable: true });
'q'.viaSetter = 3;
print(setterRan.join());
