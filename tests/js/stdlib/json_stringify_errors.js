// JSON.stringify errors: cycles (direct, indirect, through toJSON and the
// replacer), deep nesting, throwing getters and toJSON; shared (non-cyclic)
// references are fine.
var o = {};
o.self = o;
try { JSON.stringify(o); } catch (e) { print(e.name, e instanceof TypeError); }
var a = [];
a.push([a]);
try { JSON.stringify(a); } catch (e) { print(e.name); }
var x = { y: { z: {} } };
x.y.z.back = x.y;
try { JSON.stringify(x); } catch (e) { print(e.name); }
var shared = { s: 1 };
print(JSON.stringify({ a: shared, b: shared, c: [shared, shared] }));
var t = { toJSON: function () { return t; } };
try { print(JSON.stringify({ t: t })); } catch (e) { print("toJSON self:", e.name); }
var viaReplacer = { a: {} };
try {
    JSON.stringify(viaReplacer, function (k, v) { return k === "a" ? viaReplacer : v; });
} catch (e) { print("replacer cycle:", e.name); }
var deep = [];
for (var i = 0; i < 150; i++) deep = [deep];
print(JSON.stringify(deep).length);
var deeper = [];
for (var i = 0; i < 10000; i++) deeper = [deeper];
try { JSON.stringify(deeper); } catch (e) { print(e.name + ": " + e.message); }
var deepObj = {};
for (var i = 0; i < 10000; i++) deepObj = { n: deepObj };
try { JSON.stringify(deepObj); } catch (e) { print(e.name + ": " + e.message); }
var bad = {};
Object.defineProperty(bad, "boom", { get: function () { throw new RangeError("getter"); }, enumerable: true });
try { JSON.stringify(bad); } catch (e) { print(e.name, e.message); }
try { JSON.stringify({ toJSON: function () { throw new SyntaxError("tojson"); } }); } catch (e) { print(e.name, e.message); }
try { JSON.stringify({ a: 1 }, null, { valueOf: function () { throw new Error("never"); } }); print("plain object space ignored"); } catch (e) { print(e.name); }
try { JSON.stringify({ a: 1 }, null, new Number(2)); print("ok"); } catch (e) { print(e.name); }
// after an error, the cycle stack is clean
print(JSON.stringify({ again: [1, 2] }));
