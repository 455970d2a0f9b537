// Destructuring assignment: any simple target, nested patterns, the value
// of the expression, evaluation order and for-in heads.
var a, b, c, o = {}, arr = [];
[a, b] = [1, 2];
print(a, b);
[a, b] = [b, a];
print(a, b);
({a, b: c} = {a: 'A', b: 'B'});
print(a, c);
[o.x, o['y'], arr[0], arr[arr.length]] = ['ox', 'oy', 'a0', 'a1'];
print(o.x, o.y, arr.join('|'));
({p: o.p, q: arr[5] = 'five'} = {p: 'op'});
print(o.p, arr[5]);
[[a, b], {c}] = [[3, 4], {c: 5}];
print(a, b, c);
[a, ...o.rest] = 'xyz';
print(a, o.rest.join(''));
({a, ...o.others} = {a: 1, b: 2, c: 3});
print(a, o.others.b, o.others.c, 'a' in o.others);

// The value of the assignment is the right-hand side.
var rhs = [9, 8];
var result = ([a, b] = rhs);
print(result === rhs, a, b);
var chained = [a] = [b] = [7];
print(chained[0], a, b);
print(({a} = {a: 'expr'}).a, a);

// A member of an array literal is a target, not a pattern.
var holder = [0];
[[holder][0][0]] = ['changed'];
print(holder[0]);

// Defaults and function names.
[a = 'da', b = function () {}] = [];
print(a, b.name);
({x: a = 'dx'} = {x: null});
print(a);

// Order: the target's reference is evaluated before the value is read.
var log = [];
var target = {set v(x) { log.push('set ' + x); }};
function t() { log.push('target'); return target; }
var source = {get v() { log.push('get'); return 'val'; }};
({v: t().v} = source);
print(log.join(', '));

// for-in heads.
for ([a, b] in {xy: 1}) print(a, b);
for ({length: a} in {abc: 1, de: 2}) print(a);
for ([o.k1, o.k2] in {pq: 1}) print(o.k1, o.k2);
for (var [k, v] in {kv: 1}) print(k, v);
var fs = [];
for (let [ch] in {first: 1, second: 2}) fs.push(function () { return ch; });
print(fs[0](), fs[1]());
for (const {0: initial} in {zeta: 1}) print(initial);

// In other expressions.
function ret(x) { return [a, b] = x; }
print(ret([1, 2]).length, a, b);
var cond = true ? [a] = [42] : null;
print(a, cond[0]);
