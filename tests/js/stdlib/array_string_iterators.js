// Iterators of arrays, strings and arguments; the fast path gives way when
// the built-ins are replaced.
var a = ['x', , 'z'];
print([...a.keys()].join(), [...a.values()].join(), JSON.stringify([...a.entries()]));
print(Array.prototype[Symbol.iterator] === Array.prototype.values, Array.prototype.values.name, Array.prototype[Symbol.iterator].name);
var it = a[Symbol.iterator]();
print(Object.prototype.toString.call(it), it[Symbol.iterator]() === it);
var r1 = it.next(), r2 = it.next(), r3 = it.next(), r4 = it.next(), r5 = it.next();
print(r1.value, r1.done, r2.value, r3.value, r4.value, r4.done, r5.done, Object.keys(r1).join());
var ArrayIteratorProto = Object.getPrototypeOf(it);
var IteratorProto = Object.getPrototypeOf(ArrayIteratorProto);
print(Object.getPrototypeOf(IteratorProto) === Object.prototype, ArrayIteratorProto[Symbol.toStringTag], typeof IteratorProto[Symbol.iterator]);
try { ArrayIteratorProto.next.call({}) } catch (e) { print('next on object', e.name) }
var grow = [1, 2];
var seen = [];
for (var v of grow) { seen.push(v); if (grow.length < 4) grow.push(v * 10) }
print(seen.join());
var like = { length: 2, 0: 'l0', 1: 'l1' };
print([...Array.prototype.values.call(like)].join(), [...Array.prototype.keys.call('ab')].join());
var s = 'a\u{1F600}b\uD800c';
var units = [];
for (var ch of s) units.push(ch.length);
print(units.join(), [...s].length, s.length);
var si = s[Symbol.iterator]();
print(Object.prototype.toString.call(si), si.next().value, Object.getPrototypeOf(Object.getPrototypeOf(si)) === IteratorProto);
try { String.prototype[Symbol.iterator].call(null) } catch (e) { print('string iterator on null', e.name) }
print([...new String('hi')].join('-'));
(function () {
  print([...arguments].join(), arguments[Symbol.iterator] === Array.prototype.values, arguments.hasOwnProperty(Symbol.iterator));
  var [first] = arguments;
  print(first);
})('p', 'q');
// Replacing the built-ins is seen by every consumer.
var savedNext = ArrayIteratorProto.next;
ArrayIteratorProto.next = function () { var r = savedNext.call(this); if (!r.done) r.value = r.value + '!'; return r };
print([...[1, 2]].join(), Math.max(...[1, 2]) + '');
var [d1] = [5];
print(d1);
ArrayIteratorProto.next = savedNext;
var own = [1, 2, 3];
own[Symbol.iterator] = function () { return ['own'][Symbol.iterator]() };
print([...own].join());
var savedString = String.prototype[Symbol.iterator];
String.prototype[Symbol.iterator] = function () { return ['S'][Symbol.iterator]() };
print([...'abc'].join());
String.prototype[Symbol.iterator] = savedString;
print([...'abc'].join());
delete Array.prototype[Symbol.iterator];
try { [...[1]] } catch (e) { print('deleted', e.name) }
try { for (var k of Object.keys({ a: 1 })) print(k) } catch (e) { print("keys array", e.name) }
