// Object.assign, is, values, entries, fromEntries, getOwnPropertyDescriptors,
// setPrototypeOf, hasOwn and Object.prototype.__proto__ (ES2015-ES2022).
function show(v) { return JSON.stringify(v); }
function err(f) {
  try { f(); return 'no error'; } catch (e) { return e.name + ': ' + e.message; }
}
function errName(f) {
  try { f(); return 'no error'; } catch (e) { return e.name; }
}

// assign: own enumerable strings (integer keys first), then symbols; Set on the target
var sym = Symbol('s');
var src = { b: 1, 2: 'two', a: 2, 1: 'one' };
src[sym] = 'sym';
Object.defineProperty(src, 'hidden', { value: 1, enumerable: false });
var t = Object.assign({ z: 0 }, src, null, undefined, 'xy', 7, true);
print(show(t), t[sym], 'hidden' in t);
var log = [];
var target = { set a(v) { log.push('set a ' + v); } };
Object.assign(target, { get a() { log.push('get a'); return 1; }, b: 2 });
print(log.join(), target.b);
print(Object.assign(1) instanceof Number, typeof Object.assign('s'));
print(err(function () { Object.assign(null); }) !== 'no error', errName(function () { Object.assign(undefined, {}); }));
print(errName(function () { Object.assign(Object.freeze({ a: 1 }), { a: 2 }); }));
// a getter that deletes a later key: the later key is skipped
var order = {};
var source = { get first() { delete this.second; return 1; }, second: 2, third: 3 };
Object.assign(order, source);
print(Object.keys(order).join());

// is: SameValue
print(Object.is(NaN, NaN), Object.is(0, -0), Object.is(-0, -0), Object.is('a', 'a'), Object.is({}, {}), Object.is());

// values / entries: enumerable own string keys, integer keys first
var ve = { y: 1, 10: 'ten', x: [2], 1: 'one' };
Object.defineProperty(ve, 'nope', { value: 3, enumerable: false });
ve[sym] = 'ignored';
print(show(Object.values(ve)), show(Object.entries(ve)));
print(show(Object.values('hi')), show(Object.entries([7, , 9])), show(Object.values(5)));
print(errName(function () { Object.values(null); }), errName(function () { Object.entries(); }));
var ve2 = { get a() { delete this.b; return 'A'; }, b: 'B', c: 'C' };
print(show(Object.entries(ve2)));

// fromEntries: the iteration protocol, any object entry, later keys win
print(show(Object.fromEntries([['a', 1], ['b', 2], ['a', 3], [4, 'four']])));
print(show(Object.fromEntries([{ 0: 'k', 1: 'v' }])), err(function () { Object.fromEntries(['xy']); }));
function* gen() { yield ['g', 1]; yield ['h', 2]; }
print(show(Object.fromEntries(gen())));
print(err(function () { Object.fromEntries([1]); }).split(':')[0]);
print(errName(function () { Object.fromEntries(); }), errName(function () { Object.fromEntries({}); }));
var closed = 0;
var iterable = {};
iterable[Symbol.iterator] = function () {
  return { next: function () { return { done: false, value: 5 }; }, return: function () { closed++; return {}; } };
};
print(errName(function () { Object.fromEntries(iterable); }), 'closed', closed);
var fe = Object.fromEntries([[sym, 'symbol value']]);
print(fe[sym], Object.getPrototypeOf(fe) === Object.prototype);

// getOwnPropertyDescriptors
var d = Object.getOwnPropertyDescriptors({ get g() { return 1; }, v: 2, 0: 'z' });
print(Object.keys(d).join(), typeof d.g.get, d.g.set, d.v.value, d.v.writable, d.v.enumerable, d[0].value);
var ds = {};
ds[sym] = 1;
print(Object.getOwnPropertyDescriptors(ds)[sym].value, Object.keys(Object.getOwnPropertyDescriptors('ab')).join());
print(Object.getOwnPropertyDescriptors([1]).length.writable, errName(function () { Object.getOwnPropertyDescriptors(null); }));

// setPrototypeOf
var proto = { hi: function () { return 'hi'; } };
var obj = {};
print(Object.setPrototypeOf(obj, proto) === obj, obj.hi(), Object.getPrototypeOf(obj) === proto);
print(Object.getPrototypeOf(Object.setPrototypeOf({}, null)));
print(err(function () { Object.setPrototypeOf(proto, obj); }).split(':')[0]);
print(errName(function () { Object.setPrototypeOf(Object.preventExtensions({}), proto); }));
var ne = Object.preventExtensions({});
print(Object.setPrototypeOf(ne, Object.prototype) === ne);
print(Object.setPrototypeOf(1, null), Object.setPrototypeOf('s', proto));
print(errName(function () { Object.setPrototypeOf(null, {}); }), errName(function () { Object.setPrototypeOf({}, 1); }),
      errName(function () { Object.setPrototypeOf({}); }));
print(errName(function () { Object.setPrototypeOf(Object.prototype, {}); }),
      Object.setPrototypeOf(Object.prototype, null) === Object.prototype);
function F() {}
print(Object.setPrototypeOf(F, null) === F, Object.getPrototypeOf(F));

// hasOwn
print(Object.hasOwn({ a: 1 }, 'a'), Object.hasOwn({ a: 1 }, 'toString'), Object.hasOwn([1], 0), Object.hasOwn([], 'length'));
print(Object.hasOwn('abc', 1), Object.hasOwn('abc', 'length'), errName(function () { Object.hasOwn(null, 'a'); }));
var keyObj = { toString: function () { return 'a'; } };
print(Object.hasOwn({ a: 1 }, keyObj));
var symKey = { toString: function () { return sym; } };
print(Object.hasOwn(ds, symKey), ({}).hasOwnProperty.call(ds, symKey));

// __proto__ (Annex B)
var pd = Object.getOwnPropertyDescriptor(Object.prototype, '__proto__');
print(typeof pd.get, typeof pd.set, pd.enumerable, pd.configurable, pd.get.name, pd.set.name, pd.set.length);
print(({}).__proto__ === Object.prototype, [].__proto__ === Array.prototype, (1).__proto__ === Number.prototype);
var viaSet = {};
viaSet.__proto__ = proto;
print(viaSet.hi(), Object.keys(viaSet).length);
viaSet.__proto__ = 5;
print(viaSet.hi());
print(errName(function () { var a = {}; var b = Object.create(a); a.__proto__ = b; }));
print(errName(function () { Object.preventExtensions(viaSet).__proto__ = {}; }));
print(pd.set.call(1, {}), errName(function () { pd.set.call(undefined, {}); }), errName(function () { pd.get.call(null); }));
var bare = Object.create(null);
bare.__proto__ = 1;
print(Object.keys(bare).join(), bare.__proto__);
print(Object.getPrototypeOf({ __proto__: proto }) === proto, Object.getPrototypeOf({ ['__proto__']: proto }) === proto);

// key order: integers ascending, then strings in insertion order, then symbols
var ord = { b: 1 };
ord[Symbol('x')] = 1;
ord[3] = 1; ord.a = 1; ord[1] = 1; ord['-1'] = 1; ord['01'] = 1; ord[4294967295] = 1;
print(Object.keys(ord).join(), Object.getOwnPropertyNames(ord).join(), Object.getOwnPropertySymbols(ord).length);
print(Object.keys(Object.getOwnPropertyDescriptors(ord)).join());
