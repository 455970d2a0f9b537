// Destructuring in var, let and const declarations: nesting, defaults,
// elisions, rest elements and properties, computed keys, what an array
// pattern iterates (arrays, strings, arguments objects) and name inference.
function show(o) {
  if (o === null || typeof o !== 'object') return String(o);
  var parts = [];
  for (var k in o) if (o.hasOwnProperty(k)) parts.push(k + ':' + show(o[k]));
  return (o instanceof Array ? '[' : '{') + parts.join(',') + (o instanceof Array ? ']' : '}');
}

var [a, b, c] = [1, 2];
print(a, b, c);
var [, second, , fourth = 'd4'] = [1, 2, 3];
print(second, fourth);
var [x = 10, [y, z = 'z'] = [20]] = [undefined, undefined];
print(x, y, z);
var [head, ...tail] = [1, 2, 3, 4];
print(head, show(tail));
var [...all] = [];
print(show(all));
var {p, q: renamed, r = 'r-default', s: {t} = {t: 'nested'}} = {p: 'P', q: 'Q'};
print(p, renamed, r, t);
var {0: zero, 'two words': tw, 1.5: onePointFive} = {0: 'zero', 'two words': 'TW', '1.5': 'opf'};
print(zero, tw, onePointFive);
var key = 'dyn', n = 0;
var {[key + 'amic']: dynamic, [n++]: i0, [n++]: i1} = {dynamic: 'D', 0: 'a', 1: 'b'};
print(dynamic, i0, i1, n);
var {m, ...restObj} = {m: 1, n: 2, o: 3};
print(m, show(restObj));
var {[key]: removed, ...others} = {dyn: 1, keep: 2};
print(removed, show(others));
var {length} = 'abc';
print(length);
var {valueOf: numberValueOf} = 1;
print(typeof numberValueOf);

// Strings by code point, arguments objects, holes read through Get.
var [c1, c2, c3] = 'a\u{1F600}b';
print(c1, c2.length, c3);
function fromArguments() {
  var [first, ...more] = arguments;
  return first + ':' + more.length;
}
print(fromArguments(7, 8, 9));
Array.prototype[1] = 'inherited';
var [h0, h1] = [0, , 2];
print(h0, h1);
delete Array.prototype[1];

// let and const: block scoped, defaults see the names bound before them.
{
  let [l1, l2 = l1 * 2] = [5];
  const {k1, k2 = k1 + '!'} = {k1: 'const'};
  print(l1, l2, k1, k2);
}
print(typeof l1, typeof k1);
let [topLet] = ['top'];
const {topConst} = {topConst: 'tc'};
print(topLet, topConst);

// Closures capture the bindings a pattern makes.
var fns = [];
for (var i = 0; i < 3; i++) {
  let [v] = [i];
  fns.push(function () { return v; });
}
print(fns[0](), fns[1](), fns[2]());

// Anonymous functions get the binding's name.
var [fa = function () {}, fb = () => 1] = [];
var {fc = function () {}} = {};
print(fa.name, fb.name, fc.name);

// Several declarators, patterns and names mixed.
var d1 = 1, [d2] = [2], {d3} = {d3: 3}, d4;
print(d1, d2, d3, d4);

// The right-hand side is evaluated once, before the pattern.
var reads = 0;
var src = {get v() { reads++; return [reads]; }};
var [once] = src.v;
print(once, reads);

// Evaluation order: keys, then values, then defaults, left to right.
var log = [];
var obj = {get a() { log.push('get a'); return undefined; }, get b() { log.push('get b'); return 2; }};
var {[(log.push('key a'), 'a')]: ea = (log.push('default a'), 1), [(log.push('key b'), 'b')]: eb} = obj;
print(log.join(', '), ea, eb);
