// async is a contextual keyword, await an operator only in async code.
var async = 1;
print('async as a variable', async);
function async2(async) { return async + 1; }
print(async2(1));
var o = { async: 2, await: 3 };
print(o.async, o.await);
var await = 'await as a name outside async code';
print(await);
function f() { return typeof async; }
print(f());
// async followed by a line break is no async function: `async` is an
// expression statement, then a function declaration.
var asyncCalls = 0;
async
function notAsync() { return 'plain'; }
print(notAsync(), typeof notAsync().then);
var asyncFn = function () { asyncCalls++; return 'called async()'; };
async = asyncFn;
print(async(), asyncCalls);
var arrowNamedAsync = async => async * 2;
print(arrowNamedAsync(21));
var shorthand = { async };
print(typeof shorthand.async);
var methods = { async() { return 'method named async'; }, get async2() { return 'getter'; } };
print(methods.async(), methods.async2);
class K { async() { return 'class method named async'; } static async() { return 'static one'; } }
print(new K().async(), K.async());
// Async functions, expressions, arrows and methods: their kinds.
async function decl() {}
var expr = async function named() {};
var arrow = async () => {};
var arrow1 = async x => x;
var obj = { async m() {}, async ['comp' + 'uted']() {} };
class C { async m() {} static async s() {} }
print(typeof decl, decl.name, expr.name, arrow.name, arrow1.name, obj.m.name, obj.computed.name, C.prototype.m.name, C.s.name);
print(decl.length, arrow1.length, 'prototype' in decl, 'prototype' in arrow, 'prototype' in obj.m);
function tryCompile(src) {
  try { eval(src); return 'ok'; } catch (e) { return e.name; }
}
print('await in async', tryCompile('(async function () { await 1; })'));
print('await as a name in async', tryCompile('(async function () { var await; })'));
print('async constructor', tryCompile('(class { async constructor() {} })'));
print('await in params', tryCompile('(async function (a = await 1) {})'));
print('new on async', tryCompile('new (async function () {})'));
print('async line break arrow', tryCompile('var x = async\n() => 1'));
print('await nested in a plain function', tryCompile('(async function () { function g() { var await = 1; return await; } })'));
