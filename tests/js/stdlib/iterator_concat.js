// Iterator.concat (ES2026 iterator sequencing). Node 20 has no Iterator
// global: the expected lines are written by hand from the spec.
const log = [];
function counted(name, values) {
  return {
    [Symbol.iterator]() {
      log.push('open ' + name);
      let i = 0;
      return {
        next() { return i < values.length ? { value: values[i++], done: false } : { value: 'ignored', done: true }; },
        return() { log.push('return ' + name); return {}; }
      };
    }
  };
}
print(typeof Iterator.concat, Iterator.concat.length, Iterator.concat.name);
const it = Iterator.concat([1, 2], new Set([3]), counted('c', [4, 5]));
print(Object.getPrototypeOf(it) === Object.getPrototypeOf(Iterator.from([]).map(x => x)));
print(it.toArray().join(), log.join());
print(Iterator.concat().next().done);
log.length = 0;
const lazy = Iterator.concat(counted('a', [1]), counted('b', [2, 3]));
print('before next', log.join() === '');
print(JSON.stringify(lazy.next()), log.join());
print(JSON.stringify(lazy.next()), log.join());
print(JSON.stringify(lazy.return()), log.join());
print(JSON.stringify(lazy.next()));
for (const bad of [1, 'str', {}]) {
  try { Iterator.concat([1], bad); print('no error'); } catch (e) { print(e.name); }
}
const mapped = Iterator.concat(['x'], ['y']).map((v, i) => v + i);
print([...mapped].join());
