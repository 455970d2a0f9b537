// Deep proxy chains and recursive traps end in a RangeError (the C stack
// checks), never a crash; the heap stays usable afterwards. How deep an
// engine goes is its own limit (V8 defines and calls through a chain in a
// loop), so "finished" is printed for a RangeError or a result alike.
function deep(target, n) {
  var p = target;
  for (var i = 0; i < n; i++) p = new Proxy(p, {});
  return p;
}
function attempt(label, fn) {
  try {
    fn();
    print(label + ': finished');
  } catch (e) {
    print(label + ': ' + (e instanceof RangeError ? 'finished' : e.constructor.name));
  }
}
var chain = deep({ a: 1 }, 10000);
attempt('get', function () { return chain.a; });
attempt('set', function () { chain.a = 2; });
attempt('has', function () { return 'a' in chain; });
attempt('delete', function () { return delete chain.a; });
attempt('keys', function () { return Object.keys(chain); });
attempt('getPrototypeOf', function () { return Object.getPrototypeOf(chain); });
attempt('defineProperty', function () { Object.defineProperty(chain, 'b', { value: 1 }); });
var fnChain = deep(function () { return 1; }, 10000);
attempt('call', function () { return fnChain(); });
attempt('construct', function () { return new fnChain(); });
print(Array.isArray(deep([], 1000)), Array.isArray(deep({}, 1000)));

var recursive = new Proxy({}, { get: function (t, k, r) { return r[k]; } });
attempt('recursive get trap', function () { return recursive.x; });
var recursiveHas = new Proxy({}, { has: function (t, k) { return k in recursiveHas; } });
attempt('recursive has trap', function () { return 'x' in recursiveHas; });
var recursiveApply = new Proxy(function () {}, { apply: function (t, self, args) { return recursiveApply(); } });
attempt('recursive apply trap', function () { return recursiveApply(); });
try { recursive.x; } catch (e) { print(e instanceof RangeError); }

var shallow = deep({ ok: 'still works' }, 100);
print(shallow.ok, Object.keys(shallow).join());
