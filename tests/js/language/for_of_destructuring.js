// Destructuring heads of for...of: declarations and assignment patterns.
var pairs = [['a', 1], ['b', 2]];
var out = [];
for (const [k, v] of pairs) out.push(k + '=' + v);
print(out.join());
for (var [first, ...rest] of [[1, 2, 3]]) print(first, rest.join());
print(first);
var fns = [];
for (let {id, tag = 'none'} of [{id: 1}, {id: 2, tag: 't'}]) fns.push(() => id + ':' + tag);
print(fns[0](), fns[1]());
var a, b;
for ({a, b: b} of [{a: 1, b: 2}, {a: 3, b: 4}]) ;
print(a, b);
var o = {};
for ([o.x, o['y']] of [[5, 6]]) ;
print(o.x, o.y);
var arr = [];
for ([arr[0], arr[1] = 'dflt'] of [['zero']]) ;
print(arr.join());
for ([a] of ['hi']) ;
print(a);
for (var {length} of ['four', 'sixsix']) ;
print(length);
for (const [[x1], {y1}] of [[[1], {y1: 2}]]) print(x1, y1);
var calls = [];
for (const {[(calls.push('key'), 'k')]: val} of [{k: 1}, {k: 2}]) calls.push(val);
print(calls.join());
try {
  for (const {p} of [null]) ;
} catch (e) {
  print(e.name);
}
try {
  for (const [p] of [1]) ;
} catch (e) {
  print(e.name);
}
