// for...of bindings with closures, eval, with, nested loops, labelled
// break through a switch, recursion inside the body.
var fs = [];
for (let [a, b] of [[1, 2], [3, 4]]) { fs.push(() => a + b); if (a == 1) continue; }
print(fs[0](), fs[1]());
for (const x of [5]) { function g() { return x; } print(g()); }
for (let x of [1, 2]) { print(eval('x * 2')); }
for (let x of [1, 2]) { with ({}) { print(x); } }
sw: for (var s of [1, 2, 3]) { switch (s) { case 2: break sw; default: print('s', s); } }
var r = [];
for (let i of [0, 1]) for (let j of [0, 1]) r.push(() => i * 10 + j);
var vals = []; for (var q = 0; q < r.length; q++) vals.push(r[q]()); print(vals.join());
function deep(n) { var t = 0; for (var v of [n]) { if (n > 0) t += deep(n - 1); t += v; } return t; }
print(deep(50));
var it = 0; for (var ch of '') it++; print(it);
for (var big of new Array(3)) print(big);
var o = {a: 1}; for (o.a of [2, 3]) ; print(o.a);
print((function () { 'use strict'; var out = []; for (let x of arguments) out.push(x); return out.join(); })(7, 8));
for (let x of [1]) { let y = x; { let x = 10; print(x + y); } }
