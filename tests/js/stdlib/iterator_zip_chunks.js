// Iterator.zip, Iterator.zipKeyed (ES2026 joint iteration) and
// Iterator.prototype.chunks / windows (ES2026 iterator chunking). Node 20
// has no Iterator global: the expected lines are written by hand from the spec.
const show = (it) => JSON.stringify([...it]);
print(show(Iterator.zip([[1, 2, 3], ['a', 'b']])));
print(show(Iterator.zip([[1, 2, 3], ['a', 'b']], { mode: 'longest' })));
print(show(Iterator.zip([[1, 2, 3], ['a', 'b']], { mode: 'longest', padding: ['p', 'q'] })));
print(show(Iterator.zip([[1, 2], new Set(['a', 'b'])], { mode: 'strict' })));
try { show(Iterator.zip([[1, 2], ['a']], { mode: 'strict' })); } catch (e) { print('strict', e.name); }
print(show(Iterator.zip([])));
print(show(Iterator.zipKeyed({ n: [1, 2], s: ['x', 'y', 'z'], skipped: undefined })));
print(show(Iterator.zipKeyed({ n: [1], s: ['x', 'y'] }, { mode: 'longest', padding: { n: 0 } })));
print(Object.getPrototypeOf(Iterator.zipKeyed({ a: [1] }).next().value));
for (const bad of [[5], 'ab', [['x'], 'str']]) {
  try { Iterator.zip(bad).next(); print('no error'); } catch (e) { print(e.name); }
}
try { Iterator.zip([], { mode: 'other' }); } catch (e) { print('mode', e.name); }
const log = [];
const tracked = (name, n) => ({
  i: 0,
  next() { return { value: name + this.i, done: this.i++ >= n }; },
  return() { log.push('return ' + name); return {}; }
});
const z = Iterator.zip([tracked('a', 5), tracked('b', 5), tracked('c', 1)]);
print(JSON.stringify(z.next()), JSON.stringify(z.next()), log.join());
const z2 = Iterator.zip([tracked('x', 5), tracked('y', 5)]);
z2.next();
z2.return();
print(log.join());
print(show([1, 2, 3, 4, 5].values().chunks(2)));
print(show([1, 2, 3, 4].values().chunks(4)), show([].values().chunks(3)));
print(show([1, 2, 3, 4].values().windows(2)));
print(show([1, 2].values().windows(3)), show([1, 2].values().windows(3, 'allow-partial')));
print(show([1, 2, 3].values().windows(3, 'allow-partial')));
for (const bad of [0, 1.5, '2', NaN, 2 ** 32]) {
  try { [1].values().chunks(bad); print('no error'); } catch (e) { print(String(bad), e.name); }
}
try { [1].values().windows(2, 'partial'); } catch (e) { print('undersized', e.name); }
const c = [1, 2, 3].values().chunks(2);
const first = c.next().value;
first.push('mutated');
print(JSON.stringify(first), JSON.stringify(c.next().value), c.next().done);
print(Iterator.zip.length, Iterator.zipKeyed.length, Iterator.prototype.chunks.length, Iterator.prototype.windows.length);
