// Proxy.revocable: { proxy, revoke }; a revoked proxy throws a TypeError
// from every operation; revoke can be called again.
var r = Proxy.revocable({ a: 1 }, {});
print(Object.keys(r).join(), typeof r.revoke, r.revoke.length, JSON.stringify(r.revoke.name));
print(Object.getPrototypeOf(r.revoke) === Function.prototype, r.revoke.hasOwnProperty('prototype'));
print(r.proxy.a);
print(r.revoke(), r.revoke());
var p = r.proxy;
var ops = {
  get: function () { return p.a; },
  set: function () { p.a = 2; },
  has: function () { return 'a' in p; },
  delete: function () { return delete p.a; },
  keys: function () { return Object.keys(p); },
  gopd: function () { return Object.getOwnPropertyDescriptor(p, 'a'); },
  define: function () { return Object.defineProperty(p, 'b', { value: 1 }); },
  getPrototypeOf: function () { return Object.getPrototypeOf(p); },
  setPrototypeOf: function () { return Object.setPrototypeOf(p, null); },
  isExtensible: function () { return Object.isExtensible(p); },
  preventExtensions: function () { return Object.preventExtensions(p); },
  isArray: function () { return Array.isArray(p); },
  forIn: function () { for (var k in p) {} },
  stringify: function () { return JSON.stringify(p); },
  instanceof: function () { return p instanceof Object; }
};
Object.keys(ops).forEach(function (name) {
  try {
    ops[name]();
    print(name + ': no error');
  } catch (e) {
    print(name + ': ' + e.constructor.name);
  }
});
print(typeof p, Object.prototype.toString.call(r));

// Revoking from inside a trap: the running operation finishes.
var self = Proxy.revocable({ x: 5 }, {
  get: function (t, k) { self.revoke(); return t[k] * 2; }
});
print(self.proxy.x);
try { self.proxy.x; } catch (e) { print('after:', e.constructor.name); }

// Revoking drops the target and handler: they can be collected.
var many = [];
for (var i = 0; i < 200; i++) {
  var rr = Proxy.revocable(new Array(100).fill(i), {});
  rr.revoke();
  many.push(rr.proxy);
}
print(many.length);

// Proxy as a handler and as a target.
var handlerLog = [];
var metaHandler = new Proxy({}, {
  get: function (t, trapName) { handlerLog.push(trapName); return undefined; }
});
var q = new Proxy({ v: 1 }, metaHandler);
q.v; q.w = 2; 'v' in q; delete q.w; Object.keys(q);
print(handlerLog.join());
var nested = new Proxy(new Proxy({ deep: 'yes' }, {}), {});
print(nested.deep, Object.keys(nested).join());
