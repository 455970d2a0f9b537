// for...of over the iterables the engine knows (arrays, strings, arguments):
// every binding form, completion, and control flow out of the loop.
var out = [];
for (var x of [1, undefined, 3]) out.push(x);
print(out.join('|'), x);                       // undefined elements are values, not the end

var y = 'kept';
for (y of []) print('never');
print(y);                                      // an empty iteration assigns nothing

var fs = [];
for (let i of [1, 2, 3]) fs.push(function () { return i; });
print(fs[0](), fs[1](), fs[2]());              // one binding per iteration

var gs = [];
for (const c of 'ab') gs.push(() => c);
print(gs[0](), gs[1]());

var inner = [];
for (let i of [10, 20]) { inner.push(() => i); i++; inner.push(() => i); }
var innerVals = [];
for (var fi = 0; fi < inner.length; fi++) innerVals.push(inner[fi]());
print(innerVals.join());

// Arrays are read live, like %ArrayIteratorPrototype%.next: pushes during
// the loop are seen, and a shrinking array ends the loop early.
var a = [1, 2], n = 0;
for (var e of a) { if (e < 5) a.push(e + 2); n++; }
print(n, a.join());
var b = [1, 2, 3, 4], seen = [];
for (var e2 of b) { seen.push(e2); b.length = 2; }
print(seen.join());
var holes = [1, , 3];
var hs = [];
for (var h of holes) hs.push(h);
print(hs.length, hs[1]);

// Strings by code point; arguments objects.
var pieces = [];
for (var ch of 'a\ud83d\ude00b') pieces.push(ch.length);
print(pieces.join());
function args() { var s = 0; for (var v of arguments) s += v; return s; }
print(args(1, 2, 3, 4));

// Any assignment target in the plain form.
var o = {};
var keys = ['p', 'q'], k = 0;
for (o[keys[k++]] of ['P', 'Q']) ;
print(o.p, o.q, k);
for (o.last of 'xyz') ;
print(o.last);

// Labels, break and continue (labelled too), return, try/finally.
var log = [];
outer: for (var i1 of [1, 2, 3]) {
  for (var j1 of [1, 2, 3]) {
    if (j1 === 2) continue outer;
    if (i1 === 3) break outer;
    log.push(i1 + '' + j1);
  }
}
print(log.join());
lbl: for (var z of [1, 2]) { for (;;) { continue lbl; } }
print(z);
function firstOver(list, limit) {
  for (const v of list) {
    try {
      if (v > limit) return v;
    } finally {
      log.push('f' + v);
    }
  }
  return -1;
}
log = [];
print(firstOver([1, 5, 9], 3), firstOver([1], 3), log.join());
function thrower() {
  var steps = [];
  try {
    for (let v of [1, 2, 3]) {
      steps.push(v);
      if (v === 2) throw new Error('at ' + v);
    }
  } catch (err) {
    steps.push(err.message);
  }
  return steps.join();
}
print(thrower());
var count = 0;
for (var w of [1, 2, 3]) { if (w === 2) continue; count += w; }
print(count);
for (var nest of [[1, 2], [3]]) for (var inn of nest) count += inn;
print(count);
// The loop's value as a completion (eval).
print(eval('for (var q of [1, 2]) q * 10;'));
print(eval('1; for (var q of []) q;'));
