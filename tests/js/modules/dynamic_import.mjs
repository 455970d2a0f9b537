// import() returns a promise settled through the job queue; the module
// is loaded once.
const p = import('./counter_fixture.mjs');
print(p instanceof Promise);
print('before the jobs run');
const ns = await p;
const again = await import('./counter_fixture.mjs');
print(ns === again, ns.loads, again.loads);
const spec = { toString() { return './counter_fixture.mjs'; } };
print((await import(spec)).loads);
