var out = [];
function log(x) { out.push(String(x)); }
// closures in nested loops with lets at several levels
for (let a = 0; a < 2; a++) {
  let b = a * 10;
  for (let c = 0; c < 2; c++) {
    const d = b + c;
    out.push(function () { return a + '/' + b + '/' + c + '/' + d; });
  }
}
var s = [];
for (var i = 0; i < out.length; i++) s.push(out[i]());
print(s.join(' '));
// mutual recursion of block functions with a let between
{
  function even(n) { return n === 0 ? true : odd(n - 1); }
  let bias = 0;
  function odd(n) { return n === 0 ? false : even(n - 1 + bias); }
  print(even(10), odd(7));
}
// let in try/catch/finally
function tcf() {
  let r = [];
  try { let t = 'try'; r.push(t); throw t; }
  catch (e) { let c = 'catch:' + e; r.push(c); }
  finally { let f = 'finally'; r.push(f); }
  return r.join();
}
print(tcf());
// closure captured in catch and let in loop with break inside try/finally
function bf() {
  var fs = [];
  for (let i = 0; i < 5; i++) {
    try { if (i == 3) break; } finally { fs.push(() => i); }
  }
  var r = []; for (var k = 0; k < fs.length; k++) r.push(fs[k]()); return r.join();
}
print(bf());
// shadowing params in nested block
function sh(p) { { let p = 'inner'; } return p; }
print(sh('param'));
// const with closure and arguments
function ca() { const args = arguments; return () => args.length; }
print(ca(1, 2, 3)());
// deep recursion with lets (registers)
function depth(n) { let x = n; if (n > 0) { let y = depth(n - 1); return x + y; } return 0; }
print(depth(100));
// arrow block body lets
var ar = (n) => { let acc = 0; for (let j = 0; j < n; j++) acc += j; return acc; };
print(ar(10));
// let shadowing a global function
function gfn() { return 'global'; }
function useLocal() { let gfn = () => 'local'; return gfn(); }
print(useLocal(), gfn());
// typeof a block function before block in strict
(function () { 'use strict'; print(typeof bf2); { function bf2() {} } print(typeof bf2); })();
// labeled block with let and closure
var lf;
lab: { let v = 'labeled'; lf = () => v; if (true) break lab; v = 'no'; }
print(lf());
// switch with closures made before and after the let
function swc(k) {
  var f1, f2;
  switch (k) {
    case 0: f1 = () => z;
    case 1: let z = 'z' + k; f2 = () => z;
  }
  var r = [];
  try { r.push(f1 ? f1() : 'nof1'); } catch (e) { r.push(e.name); }
  r.push(f2());
  return r.join();
}
print(swc(0), swc(1));
// many lets (register pressure)
function many() {
  let a1=1,a2=2,a3=3,a4=4,a5=5,a6=6,a7=7,a8=8,a9=9,a10=10;
  { let b1=a1+a2, b2=a3+a4, b3=a5+a6, b4=a7+a8, b5=a9+a10; return b1+b2+b3+b4+b5; }
}
print(many());
// compound assignment to captured let
function cc() { let n = 1; const inc = () => n += 2; inc(); inc(); return n; }
print(cc());
// let in for with no test and no update
function noupd() { var fs = []; for (let i = 0; ; ) { fs.push(() => i); i++; if (i > 2) break; } var r=[]; for (var k=0;k<fs.length;k++) r.push(fs[k]()); return r.join(); }
print(noupd());
