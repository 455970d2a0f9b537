// User-defined iterables in for-of, spread and array destructuring, and
// IteratorClose on break, return, throw and early-ending patterns.
var log = [];
function counter(limit, name) {
  var it = {};
  it[Symbol.iterator] = function () {
    var i = 0;
    log.push(name + ' open');
    return {
      next: function () { i++; log.push(name + ' next ' + i); return { value: i, done: i > limit } },
      return: function () { log.push(name + ' return'); return {} }
    };
  };
  return it;
}
function flush(label) { print(label + ': ' + log.join(', ')); log = [] }

for (var x of counter(2, 'a')) log.push('body ' + x);
flush('exhausted');
for (var x of counter(5, 'b')) { if (x === 2) break; }
flush('break');
function early() { for (var x of counter(5, 'c')) { if (x === 2) return 'returned ' + x } }
log.push(early());
flush('return');
try { for (var x of counter(5, 'd')) throw new Error('boom') } catch (e) { log.push('caught ' + e.message) }
flush('throw');
outer: for (var y of [1, 2]) { for (var x of counter(5, 'e' + y)) continue outer; }
flush('continue outer');
for (var x of counter(3, 'f')) { if (x < 3) continue; log.push('at ' + x) }
flush('continue');
lbl: { for (var x of counter(5, 'g')) break lbl; }
flush('break label');
try { for (var x of counter(5, 'h')) { try { throw 1 } finally { log.push('finally') } } } catch (e) { log.push('caught ' + e) }
flush('finally inside');

print([...counter(3, 'i')].join());
flush('spread');
function sum() { var t = 0; for (var i = 0; i < arguments.length; i++) t += arguments[i]; return t }
print(sum(...counter(4, 'j'), 10));
flush('spread call');
var [p, q] = counter(5, 'k');
print(p, q);
flush('pattern closes');
var [r, s, t, u] = counter(2, 'l');
print(r, s, t, u);
flush('pattern exhausted');
var [v, ...rest] = counter(3, 'm');
print(v, rest.join());
flush('rest');
var [] = counter(1, 'n');
flush('empty pattern');
var obj = {};
[obj.a, , obj.b] = counter(9, 'o');
print(obj.a, obj.b);
flush('assignment pattern');
for (var [k1, k2] of [counter(9, 'p'), counter(9, 'q')]) log.push(k1 + k2);
flush('nested');

// A return() that throws: its error wins on break, is dropped on throw.
function bad(kind) {
  var it = {};
  it[Symbol.iterator] = function () {
    return {
      next: function () { return { value: 1, done: false } },
      return: function () { if (kind === 'throws') throw new RangeError('from return'); return kind === 'primitive' ? 5 : {} }
    };
  };
  return it;
}
try { for (var z of bad('throws')) break; } catch (e) { print('break:', e.name) }
try { for (var z of bad('throws')) throw new SyntaxError('body') } catch (e) { print('throw:', e.name) }
try { for (var z of bad('primitive')) break; } catch (e) { print('primitive result:', e.name) }
try { for (var z of bad('primitive')) throw 'kept' } catch (e) { print('primitive on throw:', e) }

// Errors of the protocol itself: none of them closes the iterator.
function broken(make) { var it = {}; it[Symbol.iterator] = make; return it }
var cases = {
  'not iterable': {},
  'iterator not function': broken(1),
  'iterator result primitive': broken(function () { return 1 }),
  'next not function': broken(function () { return { next: 1, return: function () { print('wrong close') } } }),
  'result primitive': broken(function () { return { next: function () { return 3 }, return: function () { print('wrong close') } } }),
  'next throws': broken(function () { return { next: function () { throw new EvalError('n') }, return: function () { print('wrong close') } } })
};
for (var name in cases) {
  try { for (var w of cases[name]) ; print(name, 'no error') } catch (e) { print(name, e.name) }
  try { [...cases[name]]; print(name, 'no error') } catch (e) { print(name, 'spread', e.name) }
}
try { for (var w of null) ; } catch (e) { print('null', e instanceof TypeError) }
try { var [nn] = undefined; } catch (e) { print('undefined pattern', e instanceof TypeError) }

// done and value are read as the protocol says (getters run).
var reads = [];
var watched = {};
watched[Symbol.iterator] = function () {
  var n = 0;
  return { next: function () {
    n++;
    return { get done() { reads.push('done' + n); return n > 2 }, get value() { reads.push('value' + n); return n } };
  } };
};
print([...watched].join(), reads.join());
