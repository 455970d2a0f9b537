// Arrow parameters take [Await] from around them (ES2023 15.3): in async
// code an await there is an AwaitExpression (an early error in parameters),
// and await may not be an arrow parameter's name in a class static block.
var cases = [
    'async () => { (a = await /r/g) => {} };',
    'async function f() { (a = await 1) => {} }',
    'async (a = await => {}) => {};',
    'class C { static { (await => 0); } }',
    'class C { static { (() => { class await {} }); } }',
    'async function f() { () => { var await = 1; return await; } }',
    'async function f() { (x = () => await) => 0 }',
    'var await = 1; (x = await) => x;',
];
for (var i = 0; i < cases.length; i++) {
    try {
        eval(cases[i]);
        print('ok');
    } catch (e) {
        print(e.name);
    }
}
