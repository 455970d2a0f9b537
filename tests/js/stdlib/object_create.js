// Object.create and Object.defineProperties.
function tryIt(f) {
    try { print('ok', f()); } catch (e) { print(e.name + ': ' + e.message); }
}
var proto = { greet: function () { return 'hi ' + this.name; } };
var o = Object.create(proto);
o.name = 'o';
print(o.greet(), Object.getPrototypeOf(o) === proto, proto.isPrototypeOf(o));
var bare = Object.create(null);
print(Object.getPrototypeOf(bare), 'toString' in bare, Object.keys(bare).length);
bare.x = 1;
print(bare.x);

var withProps = Object.create(proto, {
    name: { value: 'p', enumerable: true },
    hidden: { value: 'h' },
    acc: { get: function () { return this.name + '!'; }, enumerable: true }
});
print(withProps.greet(), withProps.hidden, withProps.acc, Object.keys(withProps));
var d = Object.getOwnPropertyDescriptor(withProps, 'name');
print(d.writable, d.enumerable, d.configurable);

tryIt(function () { Object.create(1); });
tryIt(function () { Object.create(undefined); });
tryIt(function () { Object.create('str'); });
tryIt(function () { Object.create(); });
tryIt(function () { Object.create({}, null); });
tryIt(function () { return Object.keys(Object.create({}, undefined)).length; });
tryIt(function () { Object.create({}, { a: 1 }); });

// defineProperties
var t = {};
print(Object.defineProperties(t, { a: { value: 1, enumerable: true }, b: { value: 2 } }) === t);
print(Object.keys(t), t.a, t.b);
// all descriptors are read before any property is defined
var u = {};
tryIt(function () { Object.defineProperties(u, { ok: { value: 1 }, bad: 5 }); });
print('ok' in u);
// only own enumerable properties of the descriptor map count
var map = Object.create({ inherited: { value: 1 } });
Object.defineProperty(map, 'hiddenKey', { value: { value: 2 }, enumerable: false });
map.shown = { value: 3, enumerable: true };
var v = Object.defineProperties({}, map);
print(Object.getOwnPropertyNames(v));
// primitives as the map are converted with ToObject
print(Object.getOwnPropertyNames(Object.defineProperties({}, 'ab' === 'ab' ? {} : 0)).length);
tryIt(function () { Object.defineProperties(1, {}); });
tryIt(function () { Object.defineProperties({}, undefined); });
// a failure part way leaves the earlier properties defined
var w = Object.defineProperty({}, 'fixed', { value: 1 });
tryIt(function () { Object.defineProperties(w, { first: { value: 'f' }, fixed: { value: 2 } }); });
print(w.first);
// defineProperties on arrays
var arr = Object.defineProperties([], { 0: { value: 'a', enumerable: true }, 3: { value: 'd', enumerable: true } });
print(arr.length, arr, Object.keys(arr));
print(Object.create.length, Object.defineProperties.length, Object.defineProperty.length);
