// Promise: the constructor, then/catch/finally and the order of their jobs.
var log = [];
print('sync start');
var p = new Promise(function (resolve, reject) {
  print('executor runs at once', typeof resolve, typeof reject, resolve.length, reject.length, resolve.name === '');
  resolve('a');
  resolve('ignored');
  reject('ignored too');
});
p.then(function (v) { print('1: then', v); });
p.then(function (v) { print('2: second then on the same promise', v); });
Promise.resolve().then(function () { print('3: resolve().then'); })
  .then(function () { print('6: chained'); });
p.then(function (v) { print('4: third', v); return new Promise(function (r) { r('inner'); }); })
  .then(function (v) { print('9: adopted after two more ticks', v); });
Promise.reject(new Error('no')).catch(function (e) { print('5: catch', e.message); });
p.finally(function () { print('7?: finally gets no argument', arguments.length); return 'dropped'; })
  .then(function (v) { print('finally passes the value through', v); });
Promise.reject('r').finally(function () { print('finally on rejection'); })
  .catch(function (r) { print('rejection passes through finally', r); });
Promise.resolve(1).finally(function () { throw 'from finally'; })
  .catch(function (r) { print('finally that throws replaces it', r); });
new Promise(function () { throw 'executor threw'; })
  .then(null, function (r) { print('executor throw rejects', r); });
new Promise(function (resolve) { resolve(1); throw 'after resolve'; })
  .then(function (v) { print('a throw after resolve is ignored', v); });
Promise.resolve(3).then(5, undefined).then(function (v) { print('non-callable handlers pass through', v); });
Promise.reject(4).then(function () {}, 'x').catch(function (v) { print('rejection too', v); });
var self = new Promise(function (r) { setTimeoutLike = r; });
var setTimeoutLike;
var cyc = Promise.resolve().then(function () { return cyc; });
cyc.catch(function (e) { print('cycle', e instanceof TypeError); });
print(Object.prototype.toString.call(p), String(Promise.prototype[Symbol.toStringTag]));
print(typeof Promise, Promise.length, Promise.name, Promise.prototype.constructor === Promise);
print('then length', Promise.prototype.then.length, 'catch', Promise.prototype.catch.length,
      'finally', Promise.prototype.finally.length);
print(Promise[Symbol.species] === Promise);
var d = Object.getOwnPropertyDescriptor(Promise, Symbol.species);
print(typeof d.get, d.set, d.configurable, d.enumerable, d.get.name);
print('sync end');
