// A join that reaches an array already being joined gives "" for it (as
// browsers and node do); a join whose separators alone exceed the longest
// string fails at once with RangeError.
var a = [1, 2];
a.push(a);
print(String(a));
print(String([1, a]));
var b = [];
b[0] = [b, 'x'];
print(b.join('-'), b.toString());
var o = {length: 3, 0: 'p', 1: 'q'};
o[2] = o;
o.join = Array.prototype.join;
o.toString = function () { return this.join('+'); };
print(Array.prototype.join.call(o, '+'));
try {
  var huge = [];
  huge.length = 4294967295;
  huge.join();
  print('no error');
} catch (e) {
  print(e instanceof RangeError);
}
// The guard is released after an error inside a join.
var bad = [1, {toString: function () { throw new Error('inner'); }}];
try { bad.join(); } catch (e) { print(e.message); }
print(bad.length, [bad[0], 3].join());
