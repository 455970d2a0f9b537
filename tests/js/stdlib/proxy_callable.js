// Callable proxies: [[Call]] and [[Construct]] with and without traps,
// bind, call/apply, Reflect.apply/construct, class extends a proxy.
var log = [];
function add(a, b) { return a + b; }
var traced = new Proxy(add, {
  apply: function (target, thisArg, args) {
    log.push('apply ' + (thisArg === undefined ? 'undefined' : typeof thisArg) + ' ' + args.length);
    return target.apply(thisArg, args) * 10;
  }
});
print(typeof traced, traced(1, 2), traced.call({}, 2, 3), traced.apply(null, [3, 4]));
print(Reflect.apply(traced, undefined, [4, 5]), traced.bind(null, 5)(6), [1, 2].map(traced).join());
print(log.join('; '));
print(traced.length, traced.name, Function.prototype.toString.call(traced).indexOf('native code') > 0);

var plain = new Proxy(add, {});
print(plain(20, 22), typeof plain, plain instanceof Function);
var notCallable = new Proxy({}, {});
print(typeof notCallable);
try { notCallable(); } catch (e) { print(e.constructor.name); }
try { new plain.bind()(); print('constructible'); } catch (e) { print(e.constructor.name); }
var arrow = new Proxy(() => 1, {});
try { new arrow(); } catch (e) { print('arrow proxy:', e.constructor.name); }

function Point(x, y) { this.x = x; this.y = y; }
Point.prototype.sum = function () { return this.x + this.y; };
var P = new Proxy(Point, {
  construct: function (target, args, newTarget) {
    log.push('construct ' + args.join() + ' ' + (newTarget === P));
    return Reflect.construct(target, args, newTarget);
  }
});
log = [];
var pt = new P(1, 2);
print(pt.sum(), pt instanceof Point, pt instanceof P, log.join('; '));
var viaReflect = Reflect.construct(P, [3, 4], Array);
print(Array.isArray(viaReflect), viaReflect.x);

class Base {
  constructor(v) { this.v = v; }
  hello() { return 'base ' + this.v; }
  static make() { return 'static'; }
}
var BaseProxy = new Proxy(Base, {
  get: function (t, k, r) { if (k === 'make') return function () { return 'trapped static'; }; return Reflect.get(t, k, r); }
});
class Derived extends BaseProxy {
  constructor() { super(7); this.w = 8; }
  hello() { return 'derived ' + super.hello(); }
}
var d = new Derived();
print(d.hello(), d.w, d instanceof Base, d instanceof Derived, Derived.make());

// A handler's get trap sees what property a call looks up.
var methods = new Proxy({}, {
  get: function (t, name) { return function () { return name + '(' + Array.prototype.join.call(arguments) + ')'; }; }
});
print(methods.anything(1, 2), methods['other']());

// A revoked callable proxy stays callable in typeof but throws.
var r = Proxy.revocable(function () { return 1; }, {});
print(typeof r.proxy, r.proxy());
r.revoke();
print(typeof r.proxy);
try { r.proxy(); } catch (e) { print(e.constructor.name); }
