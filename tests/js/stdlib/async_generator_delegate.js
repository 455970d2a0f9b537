// yield* in async generators (ES2024 15.5.5): delegation to async generators,
// to sync iterables (wrapped as CreateAsyncFromSyncIterator says), next,
// return and throw passed through, an inner iterator without throw (closed,
// then a TypeError) or without return (the value awaited and returned),
// in node's order of jobs.
var log = [];
function say() { log.push(Array.prototype.join.call(arguments, ' ')); }
async function* inner() { try { var x = yield 1; say('inner got', x); yield 2; return 'inner ret'; } finally { say('inner finally'); } }
async function* outer() { var r = yield* inner(); say('outer r', r); r = yield* [10, Promise.resolve(20)]; say('sync r', r); yield* 'ab'; return 'end'; }
var it = outer();
function show(t) { return function (r) { say(t, r.value, r.done); }; }
it.next('a').then(show('1'));
it.next('b').then(show('2'));
it.next('c').then(show('3'));
it.next('d').then(show('4'));
it.next('e').then(show('5'));
it.next('f').then(show('6'));
it.next('g').then(show('7'));
it.next('h').then(show('8'));
var i2 = outer();
i2.next().then(show('i2 1'));
i2.return('R').then(show('i2 return'));
i2.next().then(show('i2 after'));
var i3 = outer();
i3.next().then(show('i3 1'));
i3.throw('T').then(show('i3 throw'), function (e) { say('i3 rejected', e); });
async function* noThrow() { yield* { [Symbol.asyncIterator]() { return this; }, next() { return { value: 'v', done: false }; }, return() { say('closing'); return {}; } }; }
var i4 = noThrow();
i4.next().then(show('i4 1'));
i4.throw('X').then(show('i4 throw'), function (e) { say('i4 rejected', e.constructor.name); });
async function* noReturn() { yield* { [Symbol.asyncIterator]() { return this; }, next() { return { value: 'v', done: false }; } }; }
var i5 = noReturn();
i5.next().then(show('i5 1'));
i5.return(Promise.resolve('RR')).then(show('i5 return'), function (e) { say('i5 rejected', e); });
// Errors: a non-object result, a rejected result, a throw sent into a sync
// iterable delegated to (ES2024: the value rejects), return into a sync
// iterator with a return method.
async function* badResult() { yield* { [Symbol.asyncIterator]() { return this; }, next() { return 5; } }; }
badResult().next().then(show('bad'), function (e) { log.push('bad result ' + e.constructor.name); });
async function* rejecting() { yield* { [Symbol.asyncIterator]() { return this; }, next() { return Promise.reject('nope'); } }; }
rejecting().next().then(show('rejecting'), function (e) { log.push('rejected with ' + e); });
async function* overSync() {
  var it = { next: function (v) { log.push('sync next ' + v); return { value: Promise.resolve('sv'), done: false }; },
             return: function (v) { log.push('sync return ' + v); return { value: v, done: true }; } };
  it[Symbol.iterator] = function () { return it; };
  try { yield* it; } finally { log.push('overSync finally'); }
}
var i6 = overSync();
i6.next('n1').then(show('i6 1'));
i6.next('n2').then(show('i6 2'));
i6.return('back').then(show('i6 return'));
var i7 = overSync();
i7.next().then(show('i7 1'));
i7.throw('into sync').then(show('i7 throw'), function (e) { log.push('i7 rejected ' + e); });
var p = Promise.resolve();
for (var i = 0; i < 150; i++) p = p.then(function () {});
p.then(function () { print(log.join('\n')); });
