// The order of await continuations against then-callbacks, thenables
// and nested async calls: each await takes one tick for a native promise
// (and for a plain value), a thenable takes two more, an async function's
// return of a promise two more again.
var log = [];
function say(s) { log.push(s); }

async function a1() { say('a1 start'); await undefined; say('a1 after await undefined'); await 1; say('a1 after await 1'); }
async function a2() { say('a2 start'); await Promise.resolve(); say('a2 after await resolved'); }
async function a3() { say('a3 start'); await { then: function (r) { say('a3 thenable then'); r(); } }; say('a3 after thenable'); }
async function a4() { return Promise.resolve('a4 value'); }
async function a5() { return 'a5 value'; }
async function outer() { say('outer start'); var v = await inner(); say('outer got ' + v); }
async function inner() { say('inner start'); await null; say('inner resumed'); return 'inner value'; }

Promise.resolve().then(function () { say('then 1'); })
  .then(function () { say('then 2'); })
  .then(function () { say('then 3'); })
  .then(function () { say('then 4'); })
  .then(function () { say('then 5'); });
a1();
a2();
a3();
a4().then(function (v) { say(v); });
a5().then(function (v) { say(v); });
outer();
say('sync end');
var p = Promise.resolve();
(async function () { await p; say('await p'); })();
p.then(function () { say('p.then'); });
(async function () {
  try { await Promise.reject('no'); } catch (e) { say('caught ' + e); }
  try { await (async function () { throw 'deep'; })(); } catch (e) { say('caught ' + e); }
})();
Promise.resolve().then(function () { say('then A'); }).then(function () { say('then B'); }).then(function () {
  say('then C');
}).then(function () { say('then D'); }).then(function () { say('then E'); }).then(function () {
  say('then F'); print(log.join('\n'));
});
