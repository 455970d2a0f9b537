// Promise.all, allSettled, any and race: results, order, errors.
function show(label) {
  return function (v) { print(label, JSON.stringify(v)); };
}
Promise.all([]).then(show('all empty'));
Promise.all([1, Promise.resolve(2), { then: function (r) { r(3); } }]).then(show('all'));
Promise.all([Promise.resolve(1), Promise.reject('bad'), Promise.reject('worse')]).catch(show('all rejects with the first'));
Promise.all('ab').then(show('all of a string'));
Promise.allSettled([1, Promise.reject('no'), Promise.resolve('yes')]).then(show('allSettled'));
Promise.allSettled([]).then(show('allSettled empty'));
Promise.any([Promise.reject(1), Promise.resolve(2), Promise.resolve(3)]).then(show('any'));
Promise.any([Promise.reject('x'), Promise.reject('y')]).catch(function (e) {
  print('any rejects', e instanceof AggregateError, e.constructor.name, JSON.stringify(e.errors), e.message);
});
Promise.any([]).catch(function (e) { print('any empty', e.name, e.errors.length); });
Promise.race([new Promise(function () {}), Promise.resolve('fast')]).then(show('race'));
Promise.race([Promise.reject('r1'), Promise.resolve('v2')]).catch(show('race rejects'));
Promise.all(5).catch(function (e) { print('all of a non-iterable', e instanceof TypeError); });
Promise.race(null).catch(function (e) { print('race of null', e instanceof TypeError); });
// Iteration errors reject; the iterator is closed when a step fails.
var closed = 0;
var iterable = {};
iterable[Symbol.iterator] = function () {
  return { next: function () { return { value: 1, done: false }; },
           return: function () { closed++; return {}; } };
};
var OddPromise = function (executor) { return new Promise(executor); };
OddPromise.resolve = function () { throw new Error('resolve threw'); };
Promise.all.call(OddPromise, iterable).catch(function (e) { print('closed', closed, e.message); });
var a = new AggregateError([1, 2], 'msg');
print(a.name, a.message, a.errors.length, a instanceof Error, Object.prototype.toString.call(a));
var ed = Object.getOwnPropertyDescriptor(a, 'errors');
print(ed.enumerable, ed.writable, ed.configurable, Array.isArray(ed.value), AggregateError.length, AggregateError.prototype.name);
print(Object.getPrototypeOf(AggregateError) === Error, String(new AggregateError([])));
