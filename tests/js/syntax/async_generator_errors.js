// Early errors of async generators: each case is compiled with eval and
// must throw a SyntaxError (what node says is not compared, only the kind);
// case 5 compiles (a declaration's name is bound outside), case 11 compiles
// and throws when run.
var cases = [
  'async function* g() { var yield; }',
  'async function* g() { var await; }',
  'async function* g(x = yield) {}',
  'async function* g(x = await 1) {}',
  'async function* g() { function* h() { await 1; } }',
  'async function* yield() {}',
  '(async function* await() {})',
  '({ async *m() { var yield; } })',
  'class C { async *constructor() {} }',
  'async function* g() { yield\n* 1; }',
  'async function* g() { super(); }',
  'new async function*() {}',
  'function g() { for await (x of y) ; }'
];
for (var i = 0; i < cases.length; i++) {
  try {
    eval(cases[i]);
    print(i, 'compiled');
  } catch (e) {
    print(i, e instanceof SyntaxError ? 'SyntaxError' : 'other ' + e.name);
  }
}
// What does compile.
var ok = [
  'async function* g() { yield; yield 1; yield await 2; await (yield 3); }',
  'var o = { async *m() {}, async: 1, async() {}, async *[1]() {} }',
  'class C { static async *s() {} async *#p() {} async *m() {} }',
  'async function* g() { var f = function yield() {}; var h = function await() {}; }',
  'function f() { var async, yield, await; async\nfunction g() {} }'
];
for (var j = 0; j < ok.length; j++) {
  try {
    eval(ok[j]);
    print('ok', j);
  } catch (e) {
    print('ok', j, 'threw', e);
  }
}
