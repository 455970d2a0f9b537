// Object spread {...o}: own enumerable properties, getters invoked once,
// null and undefined skipped, later properties override earlier ones.
function keys(o) { var k = []; for (var p in o) k.push(p + '=' + o[p]); return k.join(); }
var src = { a: 1, b: 2 };
print(keys({ ...src }), keys({ x: 0, ...src, b: 3 }), keys({ a: 0, ...src }));
print(keys({ ...null, ...undefined, ...1, ...true }));
print(keys({ ...'hi' }), keys({ ...[7, 8] }));
var calls = 0;
var withGetter = { get g() { calls++; return 'got'; } };
var copy = { ...withGetter };
print(calls, copy.g, calls);
var proto = { inherited: 1 };
var child = { __proto__: proto, own: 2 };
print(keys({ ...child }));
var order = [];
var o = { get first() { order.push('first'); return 1; }, get second() { order.push('second'); return 2; } };
var c2 = { ...o };
print(order.join(), c2.first + c2.second);
var d = { 2: 'b', 1: 'a', z: 'z' };
print(keys({ ...d }));
var nested = { ...{ ...{ deep: 1 } } };
print(nested.deep);
var self = { a: 1 };
self = { ...self, a: self.a + 1 };
print(self.a);
