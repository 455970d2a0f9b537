// let and const name the anonymous functions they are initialised with
// (ES2023 14.3.1.2), as var does.
var v = () => {};
let arrow = () => {};
const fn = function () {};
let cls = class {};
const gen = function* () {};
let cover = (function () {});
let named = function inner() {};
let notAnonymous = (0, function () {});
print(v.name, arrow.name, fn.name, cls.name, gen.name, cover.name, named.name, '[' + notAnonymous.name + ']');
{
    let inBlock = () => 1;
    const classWithName = class { static name() { return 'static'; } };
    print(inBlock.name, typeof classWithName.name);
}
function inFunction() {
    let a = () => 1, b = class {};
    return a.name + ' ' + b.name;
}
print(inFunction());
for (let loop = function () {}; ; ) { print(loop.name); break; }
