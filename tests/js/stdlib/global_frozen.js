// Freezing the global object once scripts have added globals: the
// built-ins in flash and the added ones alike become read-only. (Apart from
// global_added_and_builtin.js, which the OOM injection runs: a heap whose
// global object is frozen cannot run the second script it checks with.)
// The .expected file is node 20's output running this in its main context
// (vm.runInThisContext): a vm context's global object cannot be frozen.
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
var counter = 1;
// Freezing the global object at the end.
Object.freeze(globalThis);
print(Object.isFrozen(globalThis), Object.isExtensible(globalThis));
try {
    (function () { 'use strict'; fib = null; })();
} catch (e) {
    print(e instanceof TypeError);
}
print(typeof fib, Object.getOwnPropertyDescriptor(globalThis, 'Math').configurable);
