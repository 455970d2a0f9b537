// Map and WeakMap getOrInsert / getOrInsertComputed (ES2026 upsert).
// Node 20 has neither: the expected lines are written by hand from the spec.
const m = new Map([['a', 1]]);
print(m.getOrInsert('a', 2), m.getOrInsert('b', 3), m.get('b'), m.size);
print(m.getOrInsertComputed('a', () => { throw new Error('not called'); }));
print(m.getOrInsertComputed('c', (k) => k + '!'), m.get('c'));
print(Object.is([...m.keys()][3], undefined), m.getOrInsert(-0, 'zero'), Object.is([...m.keys()][3], 0));
m.getOrInsertComputed(-0, (k) => { print('not called for', k); });
const fresh = new Map();
fresh.getOrInsertComputed(-0, (k) => { print('callback key is +0', Object.is(k, 0)); return 1; });
// The callback's own insertion of the key is overwritten.
const over = new Map();
print(over.getOrInsertComputed('k', () => { over.set('k', 'inner'); return 'outer'; }), over.get('k'), over.size);
try { m.getOrInsertComputed('z', 5); } catch (e) { print(e.name, m.has('z')); }
try { Map.prototype.getOrInsert.call(new Set(), 1, 2); } catch (e) { print(e.name); }
const wm = new WeakMap();
const key = {};
print(wm.getOrInsert(key, 'v'), wm.getOrInsert(key, 'w'), wm.get(key));
const key2 = {};
print(wm.getOrInsertComputed(key2, (k) => k === key2), wm.get(key2));
for (const bad of [1, 'str', null]) {
  try { wm.getOrInsert(bad, 1); } catch (e) { print('getOrInsert', e.name); }
  try { wm.getOrInsertComputed(bad, () => 1); } catch (e) { print('getOrInsertComputed', e.name); }
}
print(Map.prototype.getOrInsert.length, Map.prototype.getOrInsertComputed.length, WeakMap.prototype.getOrInsert.name);
