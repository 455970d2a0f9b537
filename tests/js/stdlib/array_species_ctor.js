// concat, filter, map, slice and splice on an array read its "constructor"
// (ArraySpeciesCreate): undefined or an object give a plain Array, other
// values are a TypeError, a throwing getter propagates; the callback never runs.
var calls = 0;
function cb(v) { calls++; return true; }
var methods = {
  concat: function (a) { return a.concat([1]); },
  filter: function (a) { return a.filter(cb); },
  map: function (a) { return a.map(cb); },
  slice: function (a) { return a.slice(0); },
  splice: function (a) { return a.splice(0, 1); }
};
var ctors = [['null', null], ['number', 1], ['string', 'x'], ['boolean', true], ['undefined', undefined],
             ['object', {}], ['function', function () {}], ['Array', Array]];
for (var name in methods) {
  var line = [];
  for (var i = 0; i < ctors.length; i++) {
    var a = [7, 8];
    a.constructor = ctors[i][1];
    try {
      var r = methods[name](a);
      line.push(ctors[i][0] + ':' + Array.isArray(r) + '/' + r.length + '/' + (Object.getPrototypeOf(r) === Array.prototype));
    } catch (e) {
      line.push(ctors[i][0] + ':' + e.name);
    }
  }
  print(name, line.join(' '));
}
print('callbacks', calls);

calls = 0;
var poisoned = [1, 2];
Object.defineProperty(poisoned, 'constructor', { get: function () { throw new SyntaxError('ctor'); } });
for (var name in methods) {
  try { methods[name](poisoned); print(name, 'no error'); } catch (e) { print(name, e.name, e.message); }
}
print('callbacks', calls, poisoned.length);

// array-likes are not arrays: their constructor is not read
var like = { length: 2, 0: 'a', 1: 'b' };
Object.defineProperty(like, 'constructor', { get: function () { throw new Error('read'); } });
print(Array.prototype.slice.call(like).join(), Array.prototype.map.call(like, function (v) { return v + v; }).join(),
      Array.prototype.concat.call(like, 1).length, Array.prototype.filter.call(like, cb).length);
// an inherited constructor counts too
var sub = [1, 2, 3];
Array.prototype.constructor = null;
try { sub.slice(); print('no error'); } catch (e) { print('inherited', e.name); }
Array.prototype.constructor = Array;
print(sub.slice(1).join());
