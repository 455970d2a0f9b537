// DisposableStack, AsyncDisposableStack, SuppressedError, Symbol.dispose,
// Symbol.asyncDispose and the iterator prototypes' dispose methods (ES2026
// explicit resource management). node 20 has none of these (its
// Symbol.asyncDispose is "Symbol(nodejs.asyncDispose)"): the .expected file
// is written by hand from the spec (27.3, 27.4, 20.5.8): resources are
// disposed of last first, a throw during disposal wraps the earlier error
// as SuppressedError.suppressed.
var log = [];
function res(name) {
    return { [Symbol.dispose]() { log.push(name); } };
}

print(typeof Symbol.dispose, String(Symbol.dispose), String(Symbol.asyncDispose));
print(DisposableStack.length, DisposableStack.name, AsyncDisposableStack.length, SuppressedError.length);

// use, adopt, defer: last first; use and adopt return their value.
var s = new DisposableStack();
var r = res('use');
print(s.use(r) === r, s.use(null), s.adopt(7, function (v) { 'use strict'; log.push('adopt ' + v + ' ' + this); }));
s.defer(function () { log.push('defer ' + arguments.length); });
print(s.disposed, Object.prototype.toString.call(s));
print(s.dispose(), s.disposed, log.join(', '));
log = [];
print(s.dispose(), log.length);  // a second dispose does nothing

// Disposed stacks refuse new resources.
try { s.use(res('x')); } catch (e) { print(e.name); }
try { s.move(); } catch (e) { print(e.name); }
try { new DisposableStack().use(1); } catch (e) { print(e.name); }
try { new DisposableStack().use({}); } catch (e) { print(e.name); }
try { new DisposableStack().defer(1); } catch (e) { print(e.name); }
try { DisposableStack(); } catch (e) { print(e.name); }
try { DisposableStack.prototype.dispose.call({}); } catch (e) { print(e.name); }

// move: the resources go to a new stack, the old one is disposed of.
var a = new DisposableStack();
a.use(res('moved'));
var b = a.move();
print(a.disposed, b.disposed, b instanceof DisposableStack, log.length);
b[Symbol.dispose]();
print(log.join(', '));
log = [];

// Errors: each later error suppresses the earlier one.
var t = new DisposableStack();
t.defer(function () { throw new Error('first'); });
t.defer(function () { log.push('middle'); });
t.defer(function () { throw new Error('last'); });
try {
    t.dispose();
} catch (e) {
    print(e instanceof SuppressedError, e.name, e.error.message, e.suppressed.message, log.join());
    print(Object.keys(e).length, e.hasOwnProperty('error'), e.propertyIsEnumerable('error'));
}
log = [];

// SuppressedError itself.
var se = new SuppressedError('err', 'sup', 'msg');
print(se.error, se.suppressed, se.message, se instanceof Error, Object.getPrototypeOf(SuppressedError) === Error);
print(SuppressedError(1, 2).message === '', SuppressedError.prototype.name, SuppressedError(1, 2, undefined).hasOwnProperty('message'));
print(Object.getOwnPropertyNames(new SuppressedError(1, 2, 'm')).slice(0, 3).join());

// Subclassing.
class MyStack extends DisposableStack {}
var m = new MyStack();
print(m instanceof MyStack, m instanceof DisposableStack, m.move() instanceof MyStack);

// Iterator.prototype[Symbol.dispose] calls return().
var it = [1, 2, 3][Symbol.iterator]();
var proto = Object.getPrototypeOf(Object.getPrototypeOf(it));
var calls = 0;
var fake = Object.create(proto);
fake.return = function () { calls = arguments.length + 10; return {}; };
print(typeof proto[Symbol.dispose], fake[Symbol.dispose](), calls);
print(Object.create(proto)[Symbol.dispose]());

// AsyncDisposableStack: async methods are awaited in turn.
var as = new AsyncDisposableStack();
as.use({ async [Symbol.asyncDispose]() { log.push('async use'); } });
as.use(res('sync use'));
as.adopt(3, async function (v) { log.push('adopt ' + v); });
as.defer(function () { log.push('defer'); });
print(as.disposed, Object.prototype.toString.call(as),
      AsyncDisposableStack.prototype[Symbol.asyncDispose] === AsyncDisposableStack.prototype.disposeAsync);
var p = as.disposeAsync();
print(p instanceof Promise, as.disposed, log.join(', '));
p.then(function (v) {
    print('disposed', v, log.join(', '));
    log = [];
    var bad = new AsyncDisposableStack();
    bad.defer(async function () { throw new Error('async one'); });
    bad.defer(function () { throw new Error('sync one'); });
    return bad.disposeAsync();
}).then(null, function (e) {
    print(e.name, e.error.message, e.suppressed.message);
    return AsyncDisposableStack.prototype.disposeAsync.call({});
}).then(null, function (e) {
    print('rejected', e.name);
    // %AsyncIteratorPrototype%[Symbol.asyncDispose] awaits return().
    async function* gen() { try { yield 1; } finally { log.push('gen closed'); } }
    var g = gen();
    return g.next().then(function () { return g[Symbol.asyncDispose](); });
}).then(function (v) {
    print('async iterator', v, log.join());
});
