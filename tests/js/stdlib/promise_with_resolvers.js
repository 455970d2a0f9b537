// Promise.withResolvers (ES2024). Node 20 lacks it: the expected output
// was written by hand from the spec (27.2.4.8), not generated.
var r = Promise.withResolvers();
print(Object.keys(r).join(), r.promise instanceof Promise, typeof r.resolve, typeof r.reject);
print(Promise.withResolvers.length, r.resolve.length, r.reject.length);
r.promise.then(function (v) { print('resolved with', v); });
r.resolve('x');
r.resolve('ignored');
var s = Promise.withResolvers();
s.promise.catch(function (e) { print('rejected with', e); });
s.reject('y');
class Sub extends Promise {}
var t = Sub.withResolvers();
print(t.promise instanceof Sub);
try { Promise.withResolvers.call(1); } catch (e) { print(e instanceof TypeError); }
