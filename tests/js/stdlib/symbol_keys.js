// Symbols as property keys: get, set, define, delete, in, and listings.
var a = Symbol('a'), b = Symbol('b'), c = Symbol();
var o = { x: 1, [a]: 'A' };
o[b] = 'B';
o.y = 2;
print(o[a], o[b], o[c], a in o, c in o, o.hasOwnProperty(a), o.hasOwnProperty('a'));
print(Object.keys(o).join(), Object.getOwnPropertyNames(o).join(), JSON.stringify(o));
var seen = [];
for (var k in o) seen.push(k);
print('for-in', seen.join());
var syms = Object.getOwnPropertySymbols(o);
print(syms.length, syms[0] === a, syms[1] === b);
print(delete o[a], a in o, Object.getOwnPropertySymbols(o).length);
Object.defineProperty(o, c, { value: 'C', enumerable: false });
var d = Object.getOwnPropertyDescriptor(o, c);
print(d.value, d.writable, d.enumerable, d.configurable, o[c]);
o[c] = 'changed';
print(o[c]);
(function () { 'use strict'; try { o[c] = 'again' } catch (e) { print('strict write', e.name) } })();
var frozen = Object.freeze({ [a]: 1 });
print(Object.isFrozen(frozen), Object.getOwnPropertyDescriptor(frozen, a).writable);
var proto = { [b]: 'inherited' };
var child = Object.create(proto);
print(child[b], b in child, child.hasOwnProperty(b));
var m = { [a]() { return 'method' }, get [b]() { return 'getter' }, [c]: function () {} };
print(m[a](), m[b], m[a].name, Object.getOwnPropertyDescriptor(m, b).get.name, m[c].name === '');
class K {
  [a]() { return 'instance' }
  static [b]() { return 'static' }
  get [c]() { return 'class getter' }
}
print(new K()[a](), K[b](), new K()[c], K.prototype[a].name, K[b].name);
var numeric = { [Symbol('1')]: 'sym', 1: 'num' };
print(numeric[1], Object.keys(numeric).join(), Object.getOwnPropertySymbols(numeric)[0].toString());
var arr = [1, 2];
arr[a] = 'on array';
print(arr.length, arr[a], Object.keys(arr).join());
print(Object.getOwnPropertySymbols('str').length, Object.getOwnPropertySymbols(Object(a)).length);
var same = {};
same[Symbol.for('k')] = 1;
print(same[Symbol.for('k')], same.k);
var prim = Symbol('prim');
prim.toString = null;
prim.extra = 1;
print(typeof Symbol().toString, prim.extra);
(function () { 'use strict'; try { prim.extra = 1 } catch (e) { print('strict primitive write', e.name) } })();
