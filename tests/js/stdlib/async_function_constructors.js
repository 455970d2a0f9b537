// The AsyncFunction and AsyncGeneratorFunction constructors (ES2017/2018;
// ENG_ASYNC_FUNCTION_CONSTRUCTORS), reached through the prototypes of
// async functions, with their prototype chains and properties.
var AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;
var AsyncGeneratorFunction = Object.getPrototypeOf(async function* () {}).constructor;

function describe(o, key) {
    var d = Object.getOwnPropertyDescriptor(o, key);
    return key.toString() + ': ' + (d ? [d.writable, d.enumerable, d.configurable].join('/') : 'none');
}

print(typeof AsyncFunction, AsyncFunction.name, AsyncFunction.length, AsyncFunction === Function);
print(Object.getPrototypeOf(AsyncFunction) === Function, Object.getPrototypeOf(AsyncFunction.prototype) === Function.prototype);
print(AsyncFunction.prototype.constructor === AsyncFunction, AsyncFunction.prototype[Symbol.toStringTag]);
print(describe(AsyncFunction, 'prototype'), describe(AsyncFunction, 'name'), describe(AsyncFunction, 'length'));
print(describe(AsyncFunction.prototype, 'constructor'), describe(AsyncFunction.prototype, Symbol.toStringTag));
print(Object.getOwnPropertyNames(AsyncFunction.prototype).join(), AsyncFunction.prototype.prototype);
print(typeof AsyncFunction.prototype, Object.prototype.toString.call(async function () {}));

print(typeof AsyncGeneratorFunction, AsyncGeneratorFunction.name, AsyncGeneratorFunction.length);
print(Object.getPrototypeOf(AsyncGeneratorFunction) === Function,
      Object.getPrototypeOf(AsyncGeneratorFunction.prototype) === Function.prototype);
print(AsyncGeneratorFunction.prototype.constructor === AsyncGeneratorFunction,
      AsyncGeneratorFunction.prototype[Symbol.toStringTag]);
var AsyncGeneratorPrototype = AsyncGeneratorFunction.prototype.prototype;
print(AsyncGeneratorPrototype === Object.getPrototypeOf((async function* () {}).prototype),
      AsyncGeneratorPrototype.constructor === AsyncGeneratorFunction.prototype,
      AsyncGeneratorPrototype[Symbol.toStringTag]);
print(describe(AsyncGeneratorFunction, 'prototype'), describe(AsyncGeneratorFunction.prototype, 'constructor'),
      describe(AsyncGeneratorFunction.prototype, 'prototype'));

// Calling them, with and without new.
var add = new AsyncFunction('a', 'b', 'return (await a) + (await b)');
print(typeof add, add.name, add.length, Object.getPrototypeOf(add) === AsyncFunction.prototype, 'prototype' in add);
var noNew = AsyncFunction('return 7');
print(noNew.length, Object.getPrototypeOf(noNew) === AsyncFunction.prototype);
var gen = AsyncGeneratorFunction('x', 'yield x; yield await x * 2;');
print(typeof gen, gen.name, gen.length, Object.getPrototypeOf(gen) === AsyncGeneratorFunction.prototype);
print(Object.getPrototypeOf(gen.prototype) === AsyncGeneratorPrototype);
var empty = new AsyncFunction();
print(empty.length, typeof empty());

// Not constructors themselves.
try { new add(); } catch (e) { print('new add()', e instanceof TypeError); }
// Syntax errors in what they compile.
try { new AsyncFunction('a', 'return await'); } catch (e) { print('bad body', e.name); }
try { AsyncGeneratorFunction('yield', 'return 1'); } catch (e) { print('bad params', e.name); }
// Global scope: no closure over the caller.
var outer = 'global';
(function () {
    var outer = 'local';
    new AsyncFunction('return outer')().then(function (v) { print('scope', v); });
})();

// Subclassing.
class MyAsync extends AsyncFunction {}
var mine = new MyAsync('return 1');
print(mine instanceof MyAsync, mine instanceof AsyncFunction, Object.getPrototypeOf(mine) === MyAsync.prototype);

add(1, Promise.resolve(2)).then(function (v) { print('add', v); });
noNew().then(function (v) { print('noNew', v); });
var it = gen(5);
it.next().then(function (r) {
    print('gen', r.value, r.done);
    return it.next();
}).then(function (r) {
    print('gen', r.value, r.done);
    return it.next();
}).then(function (r) { print('gen', r.value, r.done); });
