// Subclasses, species and the thenable adoption job's ordering.
class MyPromise extends Promise {
  constructor(executor) {
    print('MyPromise constructed');
    super(executor);
  }
}
var m = new MyPromise(function (r) { r(1); });
print(m instanceof MyPromise, m instanceof Promise);
var t = m.then(function (v) { print('then on subclass', v); });
print('then result is a', t instanceof MyPromise ? 'MyPromise' : 'Promise');
print(MyPromise.resolve(2) instanceof MyPromise, MyPromise.resolve(m) === m, Promise.resolve(m) === m);
class Plain extends Promise {
  static get [Symbol.species]() { return Promise; }
}
var pl = new Plain(function (r) { r(3); });
print('species picks Promise', pl.then(function () {}) instanceof Plain);
// Thenables: adopting one takes a job, calling its then another.
var order = [];
var thenable = { then: function (resolve) { order.push('then called'); resolve('T'); } };
Promise.resolve(thenable).then(function (v) { order.push('adopted ' + v); });
Promise.resolve().then(function () { order.push('tick 1'); })
  .then(function () { order.push('tick 2'); })
  .then(function () { order.push('tick 3'); print(order.join(', ')); });
// A then getter is read once, synchronously.
var reads = 0;
var getterThenable = {};
Object.defineProperty(getterThenable, 'then', { get: function () { reads++; return undefined; } });
Promise.resolve(getterThenable).then(function (v) { print('then read', reads, v === getterThenable); });
// A throwing then getter rejects.
var bad = {};
Object.defineProperty(bad, 'then', { get: function () { throw 'getter threw'; } });
new Promise(function (r) { r(bad); }).catch(function (e) { print('rejected by the getter', e); });
// Errors.
try { Promise(function () {}); } catch (e) { print('without new', e instanceof TypeError); }
try { new Promise(1); } catch (e) { print('not a function', e instanceof TypeError); }
try { Promise.prototype.then.call({}, function () {}); } catch (e) { print('then on non-promise', e instanceof TypeError); }
try { Promise.resolve.call(1, 2); } catch (e) { print('resolve on non-object', e instanceof TypeError); }
var executorCalls = 0;
function FakeCtor(executor) {
  executor(function () { executorCalls++; }, function () {});
}
var r = Promise.resolve.call(FakeCtor, 7);
print('custom capability', executorCalls, r instanceof FakeCtor);
