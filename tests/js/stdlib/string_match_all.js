// String.prototype.matchAll (ES2020) and %RegExpStringIteratorPrototype%
// (optional: ENG_STRING_MATCH_ALL).
function err(f) { try { f(); return 'no error'; } catch (e) { return e.name + ': ' + e.message; } }

print('matchAll', [...'a1b22c333'.matchAll(/\d+/g)].map(function (m) { return m[0] + '@' + m.index; }).join(),
    [...'abab'.matchAll('b')].map(function (m) { return m.index; }).join(), [...'aaa'.matchAll(/(?:)/g)].length,
    [...'x'.matchAll()].length, [...'a.b'.matchAll('.')].length, [...'k1=v1,k2=v2'.matchAll(/(\w+)=(\w+)/g)].map(function (m) { return m[2]; }).join());
print(err(function () { 'a'.matchAll(/a/); }));
print(err(function () { String.prototype.matchAll.call(undefined, /a/g); }));
var it = 'ab'.matchAll(/./g);
print(Object.prototype.toString.call(it), typeof it.next, it[Symbol.iterator]() === it, JSON.stringify(it.next()),
    it.next().value[0], JSON.stringify(it.next()), JSON.stringify(it.next()));
var iterProto = Object.getPrototypeOf(it);
print(iterProto.next.name, iterProto.next.length, iterProto[Symbol.toStringTag], Object.getPrototypeOf(iterProto) === Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
print(err(function () { iterProto.next.call({}); }).split(':')[0]);
var r2 = /a/g;
r2.lastIndex = 2;
print('lastIndex', [...'aaaa'.matchAll(r2)].length, r2.lastIndex);
print('protocol', 'abc'.matchAll({ [Symbol.matchAll]: function (s) { return 'mine ' + s; } }));

var d = Object.getOwnPropertyDescriptor(String.prototype, 'matchAll');
print(String.prototype.matchAll.length, String.prototype.matchAll.name, d.writable, d.enumerable, d.configurable);
