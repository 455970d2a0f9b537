// Promise.try (ES2025). Node 20 lacks it: the expected output was written
// by hand from the spec (27.2.4.8), not generated.
print(typeof Promise.try, Promise.try.name, Promise.try.length);
var order = [];
var p = Promise.try(function (a, b) { order.push('callback runs at once with ' + a + ',' + b); return a + b; }, 1, 2);
order.push('after try');
print(order.join('; '));
p.then(function (v) { print('fulfilled with', v); });
Promise.try(function () { throw new Error('thrown'); }).catch(function (e) { print('rejected with', e.message); });
Promise.try(function () { return Promise.resolve('inner'); }).then(function (v) { print('adopted', v); });
try { Promise.try.call(undefined, function () {}); } catch (e) { print('non-object this', e instanceof TypeError); }
Promise.try(5).catch(function (e) { print('not callable rejects', e instanceof TypeError); });
