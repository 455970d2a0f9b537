// Proxy traps: each internal method calls its trap with the spec's
// arguments, in the spec's order (ES2024 10.5).
var log = [];
function show(v) { return typeof v === 'symbol' ? v.toString() : typeof v === 'object' && v !== null ? 'obj' : String(v); }
function logging(target) {
  var handler = {};
  ['get', 'set', 'has', 'deleteProperty', 'ownKeys', 'getOwnPropertyDescriptor', 'defineProperty',
   'getPrototypeOf', 'setPrototypeOf', 'isExtensible', 'preventExtensions'].forEach(function (t) {
    handler[t] = function (tgt, key) {
      log.push(t + (arguments.length > 1 ? ' ' + show(key) : ''));
      return Reflect[t].apply(null, arguments);
    };
  });
  return new Proxy(target, handler);
}
function flush(label) { print(label + ': ' + log.join(', ')); log = []; }

var target = { a: 1, b: 2 };
var p = logging(target);
print(p.a, p.missing, 'a' in p, 'zz' in p);
flush('get/has');
p.c = 3;
flush('set new');
p.a = 10;
flush('set existing');
print(delete p.b, target.b);
flush('delete');
Object.defineProperty(p, 'd', { value: 4, enumerable: false, configurable: true, writable: true });
flush('defineProperty');
print(Object.keys(p).join(), Object.getOwnPropertyNames(p).join());
flush('keys');
print(JSON.stringify(p));
flush('JSON.stringify');
for (var k in p) log.push('visit ' + k);
flush('for-in');
print(Object.getPrototypeOf(p) === Object.prototype, Object.isExtensible(p));
flush('proto/extensible');
print(Object.prototype.hasOwnProperty.call(p, 'a'), Object.prototype.propertyIsEnumerable.call(p, 'd'));
flush('hasOwnProperty');
var s = Symbol('s');
p[s] = 5;
print(Object.getOwnPropertySymbols(p).length, Reflect.ownKeys(p).length);
flush('symbols');
Object.assign({}, p);
flush('Object.assign');
var copy = Object.assign({}, p);
log = [];
print(Object.keys(copy).join());
Object.preventExtensions(p);
print(Object.isExtensible(target));
flush('preventExtensions');
print(Object.isFrozen(p));
flush('isFrozen');
Object.freeze(p);
print(Object.isFrozen(target));
flush('freeze');

// The receiver of get and set is the proxy, or the object inheriting from it.
var seen = [];
var proto = new Proxy({}, {
  get: function (t, k, r) { seen.push('get ' + String(k) + ' ' + (r === child)); return 7; },
  set: function (t, k, v, r) { seen.push('set ' + String(k) + ' ' + v + ' ' + (r === child)); return true; },
  has: function (t, k) { seen.push('has ' + String(k)); return k === 'yes'; }
});
var child = Object.create(proto);
print(child.x, 'yes' in child, 'no' in child);
child.y = 8;
print(Object.prototype.hasOwnProperty.call(child, 'y'), seen.join(', '));

// A trap-less handler forwards everything to the target.
var plain = new Proxy([1, 2, 3], {});
plain.push(4);
print(plain.length, plain.join('-'), Array.isArray(plain), Object.prototype.toString.call(plain));
print(JSON.stringify({ list: plain }), [].concat(plain).length);
print(Array.prototype.slice.call(plain, 1).join());
var spread = [...plain];
print(spread.join(), Array.from(plain).length);
