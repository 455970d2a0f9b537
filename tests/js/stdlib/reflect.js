// Reflect (ES2015 26.1) without Proxy: the ordinary objects' internal methods.
print(typeof Reflect, Object.prototype.toString.call(Reflect), Reflect[Symbol.toStringTag], Object.getPrototypeOf(Reflect) === Object.prototype);
var d = Object.getOwnPropertyDescriptor(this, 'Reflect');
print('global binding', d.writable, d.enumerable, d.configurable);
print(Object.getOwnPropertyNames(Reflect).sort().join());
Object.getOwnPropertyNames(Reflect).sort().forEach(function (k) { print(k, Reflect[k].length, Reflect[k].name); });

// apply
print('apply', Reflect.apply(Math.max, null, [1, 5, 3]), Reflect.apply(function () { return this.v; }, { v: 9 }, []),
    Reflect.apply(String.prototype.slice, 'abcdef', { length: 2, 0: 1, 1: 3 }));
try { Reflect.apply(1, null, []); } catch (e) { print(e.name); }  // (node's message names Function.prototype.apply)
try { Reflect.apply(Math.max, null); } catch (e) { print(e.name, e.message); }

// construct, with and without newTarget
class A { constructor(x) { this.x = x; this.isB = new.target === B; } }
class B {}
var o = Reflect.construct(A, [7], B);
print('construct', o.x, o.isB, Object.getPrototypeOf(o) === B.prototype, o instanceof A, Reflect.construct(A, [1]) instanceof A);
function F(a, b) { this.sum = a + b; this.nt = new.target; }
var f = Reflect.construct(F, [2, 3], A);
print(f.sum, f.nt === A, Object.getPrototypeOf(f) === A.prototype);
var dt = Reflect.construct(Date, [0], B);
print(Object.getPrototypeOf(dt) === B.prototype, Date.prototype.getTime.call(dt));
var err = Reflect.construct(Error, ['m'], B);
print(Object.getPrototypeOf(err) === B.prototype, err.message);
class C extends A { constructor() { super(5); } }
var c = Reflect.construct(C, [], B);
print(c.x, c.isB, Object.getPrototypeOf(c) === B.prototype);
try { Reflect.construct(Math.max, []); } catch (e) { print(e.name, /not a constructor/.test(e.message)); }
try { Reflect.construct(A, [], Math.max); } catch (e) { print(e.name, /not a constructor/.test(e.message)); }
try { Reflect.construct(A); } catch (e) { print(e.name, e.message); }

// defineProperty, deleteProperty, getOwnPropertyDescriptor
var t = {};
print('define', Reflect.defineProperty(t, 'x', { value: 1 }), Reflect.defineProperty(t, 'x', { value: 2 }), t.x,
    Reflect.defineProperty(t, 'y', { value: 1, configurable: true }), Reflect.deleteProperty(t, 'x'), Reflect.deleteProperty(t, 'y'),
    Reflect.deleteProperty(t, 'missing'), 'y' in t);
print(JSON.stringify(Reflect.getOwnPropertyDescriptor({ a: 1 }, 'a')), Reflect.getOwnPropertyDescriptor({}, 'a'),
    JSON.stringify(Reflect.getOwnPropertyDescriptor([1, 2], 'length')));
var arr = [1, 2, 3];
print(Reflect.defineProperty(arr, 'length', { value: 1 }), arr.length, Reflect.deleteProperty(arr, 'length'));
try { Reflect.defineProperty(t, 'z', 1); } catch (e) { print(e.name); }

// get and set with a receiver
var src = { get g() { return this.v; }, set s(v) { this.z = v; } };
var recv = { v: 42 };
print('get', Reflect.get(src, 'g', recv), Reflect.get(src, 'g'), Reflect.get([5, 6], 1), Reflect.get({}, 'nope'));
print('set', Reflect.set(src, 's', 5, recv), recv.z, src.z, Reflect.set(Object.freeze({ a: 1 }), 'a', 2),
    Reflect.set({}, 'q', 3, recv), recv.q);
var ro = Object.defineProperty({}, 'k', { value: 1, writable: false });
print(Reflect.set({}, 'k', 2, ro), ro.k, Reflect.set({ get k() { return 1; } }, 'k', 2), Reflect.set([], 0, 'x'));
var target = {};
print(Reflect.set(target, 'n', 1), target.n, Reflect.set(Object.preventExtensions({}), 'n', 1), Reflect.set({}, 'n', 1, 'primitive'));
var proto = { set p(v) { this.got = v; } };
var child = Object.create(proto);
print(Reflect.set(child, 'p', 8), child.got, child.hasOwnProperty('got'));

// has, ownKeys
print('has', Reflect.has({ a: 1 }, 'a'), Reflect.has([], 'length'), Reflect.has(Object.create({ i: 1 }), 'i'), Reflect.has({}, 'toString'), Reflect.has({}, 'x'));
var keys = { b: 1, 2: 1, a: 1, 1: 1, [Symbol.iterator]: 1 };
Object.defineProperty(keys, 'hidden', { value: 1 });
print('ownKeys', Reflect.ownKeys(keys).map(String).join(), Reflect.ownKeys([9]).join(), Reflect.ownKeys((a, b) => a).join(), Reflect.ownKeys(class { static m() {} }).join());

// extensibility and prototypes
var e = {};
print('ext', Reflect.isExtensible(e), Reflect.preventExtensions(e), Reflect.isExtensible(e), Reflect.isExtensible(Math.max),
    Reflect.preventExtensions(Object.freeze({})));
print('proto', Reflect.getPrototypeOf([]) === Array.prototype, Reflect.getPrototypeOf(Object.create(null)));
var a = {}, b = Object.create(a);
print(Reflect.setPrototypeOf(a, b), Reflect.setPrototypeOf({}, null), Reflect.setPrototypeOf(Object.prototype, {}),
    Reflect.setPrototypeOf(Object.prototype, null), Reflect.setPrototypeOf(Object.preventExtensions({}), {}),
    Reflect.setPrototypeOf(e, Object.prototype));
var m = {};
print(Reflect.setPrototypeOf(m, Array.prototype), Array.isArray(m), typeof m.push);
try { Reflect.setPrototypeOf({}, 1); } catch (x) { print(x.name, x.message); }
try { Reflect.setPrototypeOf({}); } catch (x) { print(x.name); }

// non-objects are TypeErrors (no ToObject, unlike Object.*)
['defineProperty', 'deleteProperty', 'get', 'getOwnPropertyDescriptor', 'getPrototypeOf', 'has', 'isExtensible',
    'ownKeys', 'preventExtensions', 'set', 'setPrototypeOf'].forEach(function (k) {
    try { Reflect[k]('str', 'length', {}); print(k, 'no error'); } catch (x) { print(k, x.name, x.message); }
});
// the key is converted after the target is checked
try { Reflect.get(1, { toString: function () { print('converted'); return 'k'; } }); } catch (x) { print(x.name); }
try { new Reflect.get({}, 'x'); } catch (x) { print(x.name); }
try { Reflect(); } catch (x) { print(x.name); }
