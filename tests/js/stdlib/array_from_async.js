// Array.fromAsync (ES2026 23.1.2.2). Node 20 has no Array.fromAsync: the
// expected lines are written by hand from the spec (each case awaited in
// turn, so the order of the lines is the order of the cases).
async function show(label, p) {
  try {
    const a = await p;
    print(label, Array.isArray(a), JSON.stringify(a));
  } catch (e) {
    print(label, 'rejected', e.name + (e instanceof TypeError ? '' : ': ' + e.message));
  }
}
async function* gen() { yield 1; yield Promise.resolve(2); yield 3; }
function* syncGen() { yield 'a'; yield Promise.resolve('b'); }
async function main() {
  print(typeof Array.fromAsync, Array.fromAsync.length, Array.fromAsync.name);
  await show('async iterable', Array.fromAsync(gen()));
  await show('sync iterable', Array.fromAsync(syncGen()));
  await show('array of promises', Array.fromAsync([Promise.resolve(1), 2]));
  await show('mapped', Array.fromAsync([1, 2, 3], async (x, i) => x * 10 + i));
  await show('thisArg', Array.fromAsync([1], function (x) { return this.k + x; }, { k: 41 }));
  await show('array-like', Array.fromAsync({ length: 3, 0: 'x', 1: Promise.resolve('y') }));
  await show('string', Array.fromAsync('hi'));
  await show('null', Array.fromAsync(null));
  await show('bad mapfn', Array.fromAsync([1], 'nope'));
  await show('rejected element', Array.fromAsync([Promise.reject(new RangeError('no'))]));
  // A mapping error closes the iterator (its return runs) before rejecting.
  let closed = 0;
  const iterable = {
    [Symbol.asyncIterator]() {
      let i = 0;
      return {
        next() { return Promise.resolve({ value: i++, done: false }); },
        return() { closed++; return Promise.resolve({ done: true }); }
      };
    }
  };
  await show('mapper throws', Array.fromAsync(iterable, (x) => { if (x === 2) throw new Error('at 2'); return x; }));
  print('closed', closed);
  // Not awaited synchronously: the promise is pending when fromAsync returns.
  let settled = false;
  const p = Array.fromAsync([1]).then(() => { settled = true; });
  print('pending at first', settled);
  await p;
  print('settled later', settled);
  // this: a constructor gets new C() (iterables) or new C(length) (array-likes).
  class Box { constructor(...args) { this.args = args; } }
  const b1 = await Array.fromAsync.call(Box, [7, 8]);
  print('Box iterable', b1 instanceof Box, b1.args.length, b1.length, b1[0], b1[1]);
  const b2 = await Array.fromAsync.call(Box, { length: 2, 0: 5, 1: 6 });
  print('Box array-like', b2 instanceof Box, b2.args.join(), b2.length, b2[0], b2[1]);
  const plain = await Array.fromAsync.call({}, [1]);
  print('non-constructor this', Array.isArray(plain));
}
main();
