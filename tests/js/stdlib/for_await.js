// for await (ES2024 14.7.5): async iterables, sync iterables wrapped as
// CreateAsyncFromSyncIterator says, AsyncIteratorClose on break, return
// and throw, and the order of the awaits against other promise jobs.
var log = [];
function say() { log.push(Array.prototype.join.call(arguments, ' ')); }
async function* gen() { try { yield 1; yield Promise.resolve(2); yield 3; } finally { say('gen finally'); } }
function syncIterable(n, withReturn) {
  var it = { i: 0, next: function () { this.i++; say('sync next', this.i); return { value: this.i, done: this.i > n }; } };
  if (withReturn) it.return = function () { say('sync return'); return {}; };
  it[Symbol.iterator] = function () { return it; };
  return it;
}
function asyncIterable(steps, ret) {
  var it = { i: 0, next: function () { this.i++; return steps(this.i); } };
  if (ret) it.return = ret;
  it[Symbol.asyncIterator] = function () { return it; };
  return it;
}
async function main() {
  for await (var x of gen()) say('gen', x);
  for await (const y of [1, Promise.resolve(2), 3]) say('array', y);
  for await (let z of 'ab') say('string', z);
  for await (var [a, b] of [[1, 2], Promise.resolve([3, 4])]) say('pattern', a, b);
  var target = {};
  for await (target.p of [5]) say('member target', target.p);
  for await (var async of [6]) say('named async', async);
  try { for await (var w of [1, Promise.reject('rej'), 3]) say('w', w); } catch (e) { say('caught', e); }
  for await (var s of syncIterable(2, true)) say('sync', s);
  for await (var s2 of syncIterable(5, true)) { say('sync break at', s2); if (s2 === 2) break; }
  for await (var s3 of syncIterable(5, false)) { say('no return, break at', s3); break; }
  for await (var v of asyncIterable(function (i) { return Promise.resolve({ value: i, done: i > 3 }); },
                                    function () { say('return called'); return {}; })) {
    say('custom', v);
    if (v === 2) break;
  }
  try {
    for await (var e1 of asyncIterable(function (i) { return { value: i, done: false }; },
                                       function () { say('return before throw'); throw 'ignored'; })) {
      throw new Error('body threw');
    }
  } catch (e) { say('caught', e.message); }
  try {
    for await (var e2 of asyncIterable(function (i) { return { value: i, done: false }; },
                                       function () { return 1; })) break;
  } catch (e) { say('return result not an object:', e.constructor.name); }
  try {
    for await (var e3 of asyncIterable(function () { return 1; })) say('never');
  } catch (e) { say('next result not an object:', e.constructor.name); }
  try {
    for await (var e4 of asyncIterable(function () { throw 'next threw'; }, function () { say('not called'); })) say('never');
  } catch (e) { say('caught', e); }
  try { for await (var e5 of 5) say('never'); } catch (e) { say('not iterable:', e.constructor.name); }
  try { for await (var e6 of { [Symbol.asyncIterator]: 1 }) say('never'); } catch (e) { say('bad method:', e.constructor.name); }
  outer: for await (var q of gen()) {
    for await (var r of gen()) { say(q, r); if (r === 2) continue outer; }
  }
  return await inGenerator();
}
async function* looping() {
  for await (var x of gen()) {
    yield x * 10;
    if (x === 2) return 'early';
  }
}
async function inGenerator() {
  var out = [];
  for await (var v of looping()) out.push(v);
  return 'from generator ' + out.join(',');
}
main().then(function (v) { say(v); }, function (e) { say('main failed', e); });
Promise.resolve().then(function () { say('tick 1'); }).then(function () { say('tick 2'); })
  .then(function () { say('tick 3'); }).then(function () { say('tick 4'); });
var p = Promise.resolve();
for (var i = 0; i < 200; i++) p = p.then(function () {});
p.then(function () { print(log.join('\n')); });
