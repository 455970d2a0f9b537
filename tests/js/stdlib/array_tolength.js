// Generic array methods use ToLength: lengths up to 2^53 - 1, indexes from
// 2^32 - 1 up are ordinary string keys. (Only calls that node also finishes
// quickly: it visits every index of such array-likes.)
var MAX = 9007199254740991;
function show(label, f) {
  try { print(label, f()); } catch (e) { print(label, e.name); }
}

var o = { length: MAX };
o[MAX - 1] = 'last';
o[MAX - 3] = 'x';
show('indexOf', function () { return Array.prototype.indexOf.call(o, 'last', MAX - 3); });
show('indexOf neg', function () { return Array.prototype.indexOf.call(o, 'x', -5); });
show('lastIndexOf', function () { return Array.prototype.lastIndexOf.call(o, 'x', MAX - 1); });

var p = { 0: 'a', 4294967294: 'b', 4294967295: 'c', length: 4294967296 };
show('lastIndexOf 2^32-1', function () { return Array.prototype.lastIndexOf.call(p, 'c'); });
show('lastIndexOf 2^32-2', function () { return Array.prototype.lastIndexOf.call(p, 'b'); });
show('indexOf high', function () { return Array.prototype.indexOf.call(p, 'c', 4294967290); });

// pop
var q = { 0: 'x', 4294967295: 'y', length: 4294967296 };
show('pop', function () { return Array.prototype.pop.call(q) + ' ' + q.length + ' ' + q[4294967295]; });
var inf = { length: Infinity };
show('pop Infinity', function () { Array.prototype.pop.call(inf); return inf.length; });
var neg = { length: -5 };
show('pop negative', function () { Array.prototype.pop.call(neg); return neg.length; });

// push
var r = { length: 4294967296 };
show('push', function () { return Array.prototype.push.call(r, 'x', 'y', 'z') + ' ' + r[4294967298]; });
var big = { length: Infinity };
show('push at limit', function () { return Array.prototype.push.call(big, 1); });
show('length unchanged', function () { return big.length; });
show('push nothing at limit', function () { return Array.prototype.push.call(big); });
var nearly = { length: MAX - 3 };
Object.defineProperty(nearly, MAX - 1, { value: 33, writable: false, configurable: true });
show('push read-only', function () { return Array.prototype.push.call(nearly, 1, 2, 3); });
show('after failed push', function () { return [nearly[MAX - 3], nearly[MAX - 2], nearly[MAX - 1], nearly.length].join(); });
show('unshift at limit', function () { return Array.prototype.unshift.call({ length: MAX }, 1); });
show('unshift nothing', function () { return Array.prototype.unshift.call({ length: MAX }); });

// splice
var s = { 0: 'x', 4294967295: 'y', length: 4294967296 };
show('splice', function () {
  var a = Array.prototype.splice.call(s, 4294967295, 1);
  return a.length + ' ' + a[0] + ' ' + s.length + ' ' + s[4294967295] + ' ' + s[0];
});
show('splice insert at limit', function () { return Array.prototype.splice.call({ length: MAX }, 0, 0, 1); });
var sp = { 4294967296: 'a', 4294967297: 'b', length: 4294967298 };
show('splice shift high', function () {
  Array.prototype.splice.call(sp, 4294967295, 1);
  return sp[4294967295] + ' ' + sp[4294967296] + ' ' + sp[4294967297] + ' ' + sp.length;
});

// results that would need too long an array
show('map 2^32', function () { return Array.prototype.map.call({ 0: 1, length: 4294967296 }, String); });
show('map Infinity', function () { return Array.prototype.map.call({ 0: 1, length: 'Infinity' }, String); });
show('slice 2^32', function () { return Array.prototype.slice.call({ length: 4294967296 }).length; });
show('slice part', function () { return Array.prototype.slice.call({ 4294967296: 'z', length: 4294967298 }, 4294967296).join(); });
show('splice 2^32', function () { return Array.prototype.splice.call({ length: 4294967296 }, 0).length; });

// reverse reads lower (has, get) before upper
var arr = ['first', 'second'];
Object.defineProperty(arr, 0, { get: function () { arr.length = 0; return 'first'; }, configurable: true });
arr.reverse();
print('reverse', 0 in arr, 1 in arr, arr[1], arr.length);
