// Object.prototype.__defineGetter__, __defineSetter__, __lookupGetter__,
// __lookupSetter__ (Annex B.2.2.2-5).
function errName(f) {
  try { f(); return 'no error'; } catch (e) { return e.name; }
}
var o = {};
o.__defineGetter__('x', function () { return 'gx'; });
o.__defineSetter__('x', function (v) { this.y = v; });
o.x = 5;
var d = Object.getOwnPropertyDescriptor(o, 'x');
print(o.x, o.y, typeof d.get, typeof d.set, d.enumerable, d.configurable, Object.keys(o).join());
var child = Object.create(o);
print(child.__lookupGetter__('x') === d.get, child.__lookupSetter__('x') === d.set, child.__lookupGetter__('y'),
      child.__lookupGetter__('nope'));
child.y = 'own data';
print(Object.create(child).__lookupGetter__('y'));
var shadow = Object.create(o);
Object.defineProperty(shadow, 'x', { value: 1 });
print(shadow.__lookupGetter__('x'));
print(errName(function () { o.__defineGetter__('z', 1); }), errName(function () { o.__defineSetter__('z'); }));
print(errName(function () { Object.freeze({}).__defineGetter__('w', function () {}); }));
print(errName(function () { Object.prototype.__defineGetter__.call(null, 'a', function () {}); }),
      errName(function () { Object.prototype.__lookupGetter__.call(undefined, 'a'); }));
var arr = [];
arr.__defineGetter__(0, function () { return 'zero'; });
print(arr[0], arr.length, typeof [].__lookupGetter__.call(arr, '0'));
var s = Symbol('s');
o.__defineGetter__(s, function () { return 'sym'; });
print(o[s], typeof o.__lookupGetter__(s));
print(typeof ({}).__lookupGetter__('__proto__'), typeof ({}).__lookupSetter__('__proto__'));
print(Object.prototype.__defineGetter__.length, Object.prototype.__defineSetter__.length,
      Object.prototype.__lookupGetter__.length, Object.prototype.__lookupSetter__.length,
      Object.prototype.__defineGetter__.name, Object.prototype.__lookupSetter__.name);
