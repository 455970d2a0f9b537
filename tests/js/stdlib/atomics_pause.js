// Atomics.pause (ES2025 25.4.10) and what Atomics is. Node 20 has no
// Atomics.pause: atomics_pause.expected is written by hand from the spec
// (undefined or an integral Number, else TypeError; the result undefined).
print(typeof Atomics.pause, Atomics.pause.length, Atomics.pause.name);
print(Atomics.pause(), Atomics.pause(0), Atomics.pause(-3), Atomics.pause(1e9));
var bad = [1.5, NaN, Infinity, '1', null, 1n, {}];
for (var i = 0; i < bad.length; i++) {
    try { Atomics.pause(bad[i]); print('no error'); } catch (e) { print(e.constructor.name); }
}
print(Object.prototype.toString.call(Atomics), typeof Atomics, Object.getPrototypeOf(Atomics) === Object.prototype);
print(Object.getOwnPropertyNames(Atomics).sort().join());
