// Iterator.prototype.includes and Iterator.prototype.join (ES2026). Node 20
// has no Iterator global: the expected lines are written by hand from the spec.
function* nums() { yield 1; yield NaN; yield -0; yield 'x'; }
print(nums().includes(1), nums().includes(NaN), nums().includes(0), nums().includes('y'));
print(nums().includes(1, 1), nums().includes('x', 3), nums().includes('x', Infinity));
for (const bad of [0.5, '1', NaN, -1, 2 ** 53, -Infinity]) {
  try { nums().includes(1, bad); print('no error'); } catch (e) { print(String(bad), e.name); }
}
let closed = 0;
const counted = {
  __proto__: Iterator.prototype,
  i: 0,
  next() { return { value: this.i++, done: this.i > 5 }; },
  return() { closed++; return {}; }
};
print(counted.includes(2), closed, counted.i);
print(counted.includes(100), closed, counted.i);
print(Iterator.prototype.includes.length, Iterator.prototype.join.length);
print(['a', null, 'b', undefined, 3].values().join());
print(['a', 'b'].values().join(' - '), [].values().join() === '', ['x'].values().join('!'));
print([1, [2, 3], { toString() { return 'o'; } }].values().join(''));
try { Iterator.prototype.join.call(1); } catch (e) { print(e.name); }
let joinClosed = false;
const bad = { __proto__: Iterator.prototype, next() { return { value: Symbol(), done: false }; }, return() { joinClosed = true; return {}; } };
try { bad.join(); } catch (e) { print(e.name, joinClosed); }
