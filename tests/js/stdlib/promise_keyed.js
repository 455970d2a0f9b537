// Promise.allKeyed and Promise.allSettledKeyed (ES2026 await-dictionary).
// Node 20 has neither: the expected lines are written by hand from the spec.
const sym = Symbol('s');
async function main() {
  print(Promise.allKeyed.length, Promise.allSettledKeyed.name);
  const r = await Promise.allKeyed({ a: Promise.resolve(1), b: 2, [sym]: Promise.resolve('sym') });
  print(Object.getPrototypeOf(r), JSON.stringify(r), r[sym]);
  const empty = await Promise.allKeyed({});
  print(Reflect.ownKeys(empty).length);
  const inherited = Object.create({ skipped: 1 });
  Object.defineProperty(inherited, 'hidden', { value: 2, enumerable: false });
  inherited.shown = 3;
  print(JSON.stringify(await Promise.allKeyed(inherited)));
  try { await Promise.allKeyed({ ok: 1, bad: Promise.reject(new RangeError('nope')) }); } catch (e) { print(e.name, e.message); }
  try { await Promise.allKeyed(5); } catch (e) { print(e.name); }
  const s = await Promise.allSettledKeyed({ x: Promise.resolve('v'), y: Promise.reject('why') });
  print(JSON.stringify(s));
  const order = await Promise.allKeyed({ 2: 'two', b: 'b', 1: 'one', a: 'a' });
  print(Object.keys(order).join());
}
main();
