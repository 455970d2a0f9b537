// using and await using declarations (ES2026 explicit resource management).
// node 20 does not know them: using_declarations.expected is written by hand
// from the spec (14.3.1, DisposeResources 9.4.7): at every exit of the scope
// (its end, break, continue, return, throw) its resources are disposed of,
// last first; a disposal that throws replaces the completion, wrapping an
// earlier error in a SuppressedError.
var log = [];
function res(name) {
    return { [Symbol.dispose]() { log.push(name); } };
}
function flush() {
    print(log.join(', '));
    log = [];
}

{
    using a = res('a'), b = res('b');
    using c = null, d = undefined;
    log.push('body');
}
flush();

function early(n) {
    using x = res('x');
    if (n) return 'returned';
    using y = res('y');
    return 'end';
}
print(early(1), log.join(', '));
log = [];
print(early(0), log.join(', '));
log = [];

// break and continue leave the block through its disposal.
outer: for (var i = 0; i < 3; i++) {
    using r = res('r' + i);
    if (i === 0) continue;
    if (i === 1) break outer;
}
flush();

// for (using x of ...): one disposal per iteration, before the next step.
for (using it of [res('it0'), res('it1'), null]) log.push(it ? 'got' : 'null');
flush();
for (using it of [res('b0'), res('b1')]) { log.push('break'); break; }
flush();

// for (using x = ...; ...): disposed of when the loop ends.
var n = 0;
for (using loop = res('loop'); n < 2; n++) log.push('n' + n);
flush();

// Errors: the body's error is suppressed by a disposal's error.
try {
    using a = { [Symbol.dispose]() { throw new Error('dispose a'); } };
    using b = res('b');
    throw new Error('body');
} catch (e) {
    print(e.name, e.error.message, e.suppressed.message, log.join());
}
log = [];
try {
    using a = { [Symbol.dispose]() { throw new Error('only'); } };
} catch (e) {
    print(e.name, e.message);
}

// TypeErrors: not an object, or no [Symbol.dispose].
try { using bad = 1; } catch (e) { print(e.name); }
try { using bad = {}; } catch (e) { print(e.name); }
try { using bad = { [Symbol.dispose]: 1 }; } catch (e) { print(e.name); }

// The binding is const.
try {
    using k = null;
    k = 1;
} catch (e) {
    print(e.name);
}

// Closures see the binding; disposal happens once, at the block's end.
var get;
{
    using cl = res('closure');
    get = function () { return cl; };
}
print(typeof get()[Symbol.dispose], log.join());
log = [];

// `using` is still an identifier.
var using = 5;
print(using, [using][0]);
var arr = [10, 20];
{
    using
    x = 3;  // two statements: `using;` and `x = 3;` (a line break after using)
}
print(x);

// Syntax errors.
var bad = ['using x = null;', '{ using {a} = null; }', '{ using x; }', 'if (1) using x = null;',
           'switch (1) { case 1: using x = null; }', 'for (using x in {}) ;', '{ using let = null; }',
           'async function f() { await using x; }', 'function f() { await using x = null; }'];
for (var s of bad) {
    try {
        Function(s === bad[0] ? 'eval("' + s + '")' : s)();
        print('no error:', s);
    } catch (e) {
        print(e.name);
    }
}

// await using: awaited in order, [Symbol.dispose] used when there is no
// [Symbol.asyncDispose].
async function main() {
    {
        await using a = { async [Symbol.asyncDispose]() { log.push('async a'); } };
        await using b = res('sync b');
        await using c = null;
        log.push('body');
    }
    log.push('after');
    try {
        await using d = { [Symbol.asyncDispose]() { return Promise.reject(new Error('rejected')); } };
        throw new Error('thrown');
    } catch (e) {
        log.push(e.name + ' ' + e.error.message + ' ' + e.suppressed.message);
    }
    for (await using e of [res('e0'), res('e1')]) log.push('loop');
    return log.join(', ');
}
var done = main();
print('sync part:', log.join(', '));
done.then(function (v) { print(v); });
