// Math.sumPrecise (ES2026) and Error.isError (ES2026). Node 20 has
// neither: the expected lines are written by hand from the spec (the sums
// checked with Python's exact fractions).
print(Math.sumPrecise.length, Math.sumPrecise.name);
print(Math.sumPrecise([1, 2, 3]));
print(Math.sumPrecise([0.1, 0.2, 0.3]), 0.1 + 0.2 + 0.3);
print(Math.sumPrecise([1e20, 0.1, -1e20]));
print(Math.sumPrecise([1e308, 1e308, -1e308]));
print(Math.sumPrecise([1.7976931348623157e308, 1e292]));
print(Math.sumPrecise([-1.7976931348623157e308, -1e292]), Math.sumPrecise([1.7976931348623157e308, 9e291]), Math.sumPrecise([1e308, 1e308, 1e308, -1e308, -1e308]));
print(Math.sumPrecise([1.7976931348623157e308, 1.7976931348623157e308, -1.7976931348623157e308]));
print(Math.sumPrecise([2 ** 53, 1, 1e-300]), 2 ** 53 + 2);
print(Object.is(Math.sumPrecise([]), -0), Object.is(Math.sumPrecise([-0, -0]), -0), Object.is(Math.sumPrecise([-0, 0]), 0));
print(Object.is(Math.sumPrecise([1, -1]), 0));
print(Math.sumPrecise([Infinity, 1]), Math.sumPrecise([-Infinity, 1]), Math.sumPrecise([Infinity, -Infinity]), Math.sumPrecise([NaN, 1]));
print(Math.sumPrecise(new Set([0.5, 0.25])));
for (const bad of [[1, '2'], [1n], undefined, 5]) {
  try { Math.sumPrecise(bad); print('no error'); } catch (e) { print(e.name); }
}
let closed = false;
const it = { [Symbol.iterator]() { let i = 0; return { next() { return { value: i++ ? 'x' : 1, done: false }; }, return() { closed = true; return {}; } }; } };
try { Math.sumPrecise(it); } catch (e) { print(e.name, closed); }
print(Error.isError.length, Error.isError.name);
class MyError extends Error {}
print(Error.isError(new Error('x')), Error.isError(new TypeError()), Error.isError(new MyError()));
print(Error.isError({ __proto__: Error.prototype }), Error.isError(Error.prototype), Error.isError('Error'), Error.isError());
try { null.x; } catch (e) { print(Error.isError(e)); }
print(Error.isError(new Proxy(new Error(), {})));
