// Early errors and run-time errors of for...of.
function check(src) {
  try {
    eval(src);
    print('ok', src);
  } catch (e) {
    print(e.name, src);
  }
}
check('for (x of [1], [2]) ;');
check('for (var x = 1 of []) ;');
check('for (let x = 1 of []) ;');
check('for (const x = 1 of []) ;');
check('for (var x, y of []) ;');
check('for (let x, y of []) ;');
check('for (let x of []) { var x; }');
check('for (let of []) ;');
check('for (let.x of []) ;');
check('for (async of []) ;');
check('for ((async) of []) ;');
check('for (x \\u006ff []) ;');
check('for (x = 1 of []) ;');
check('for ([a, b] = [] of []) ;');
check('for (let [a] = [] of []) ;');
check('for (let of of []) ;');
check('for (var of of []) ;');
check('for (x of y of []) ;');
check('for (this of []) ;');
check('for (1 of []) ;');
check('for (a + b of []) ;');
check('for (let x of [], []) ;');
check('for (var x of [1]) let \n y = 1');
check('for (let x of []) label: function f() {}');
check('"use strict"; for (let x of []) { let x; }');
check('for (let [x, x] of []) ;');
check('for (var x of []) { break; continue; }');
check('for (var x of []) ;');
check('for (x of []) ;');
check('for (x.y of []) ;');
check('for ({x} of []) ;');
check('for (let let of []) ;');
check("'use strict'; for (eval of []) ;");
check("'use strict'; for (arguments of []) ;");
check("'use strict'; for (var eval of []) ;");
check('for (let [let] of []) ;');
check('for (let\nx of []) ;');
check('for (var x of []) function f() {}');
check('for (let x of []) { function x() {} }');
check('for (let x of []) { let x; }');
check('for ([...x, y] of []) ;');
check('for ((x) of []) ;');
check('for ((x.y) of []) ;');
check('for (([x]) of []) ;');
check('for ([(x)] of [[1]]) ;');
check('for (var i of [1]) for (let i of [2]) ;');
check('for (let.x in {}) ;');
check('for (of of []) ;');
check('for (var yield of []) ;');
function run(name, fn) {
  try {
    print(name, fn());
  } catch (e) {
    print(name, e.name + ': ' + e.message);
  }
}
run('number', function () { for (var x of 5) ; });
run('undefined', function () { for (var x of undefined) ; });
run('null', function () { for (var x of null) ; });
run('boolean', function () { for (var x of true) ; });
run('const assign', function () { for (const c of [1]) c = 2; });
run('const outer', function () { const c = 0; for (c of [1]) ; return c; });
run('const outer empty', function () { const c = 0; for (c of []) ; return c; });
run('tdz', function () { for (let x of [x]) ; });
run('tdz closure', function () { for (let x of (function () { return [x]; })()) ; });
run('rhs once', function () { var n = 0; for (var v of (n++, [1, 2, 3])) ; return n; });
run('throw in target', function () {
  var o = { set p(v) { throw new Error('setter ' + v); } };
  for (o.p of [7]) ;
});
for (var last of 7) ;
