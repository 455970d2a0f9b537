// Async functions: this, arguments, errors, finally, loops, recursion.
var log = [];
function say() { log.push(Array.prototype.join.call(arguments, ' ')); }
var obj = {
  name: 'obj',
  async method() {
    var self = this;
    var arrow = async () => this.name + ' ' + (this === self);
    return await arrow();
  }
};
obj.method().then(function (v) { say('this in arrow:', v); });
async function args() { await 0; return arguments.length + ':' + arguments[1]; }
args('a', 'b', 'c').then(function (v) { say('arguments', v); });
async function thrower(x) {
  if (x) throw new TypeError('thrown before any await');
  await 0;
  null.property;
}
var rejected = thrower(true);
say('a throw before await still returns a promise', typeof rejected.then);
rejected.then(null, function (e) { say('rejected:', e.name, e.message); });
thrower(false).then(null, function (e) { say('rejected after await:', e.name); });
async function withFinally() {
  try {
    await 1;
    return 'from try';
  } finally {
    say('finally runs before the promise settles');
  }
}
withFinally().then(function (v) { say('withFinally', v); });
async function finallyOverrides() {
  try { throw 'first'; } finally { return 'finally wins'; }
}
finallyOverrides().then(function (v) { say(v); });
// Deep recursion through awaits: every frame suspends, nothing nests in C.
async function countDown(n) {
  if (n === 0) return 0;
  return 1 + await countDown(n - 1);
}
countDown(2000).then(function (v) { say('countDown', v); });
// Many sequential awaits in a loop.
async function sum(n) {
  var s = 0;
  for (var i = 1; i <= n; i++) s += await i;
  return s;
}
sum(10000).then(function (v) { say('sum', v); });
// Awaiting in every kind of expression position.
async function positions() {
  var a = [await 1, await 2];
  var o = { k: await 'v' };
  var c = (await true) ? await 'yes' : 'no';
  var t = `${await 'tmpl'}`;
  var n = -(await 5);
  return a.join() + ' ' + o.k + ' ' + c + ' ' + t + ' ' + n + ' ' + typeof (await undefined);
}
positions().then(function (v) { say('positions', v); });
// Closures made before an await see the variables after it.
async function closures() {
  var x = 1;
  var get = function () { return x; };
  await 0;
  x = 2;
  await 0;
  return get();
}
closures().then(function (v) { say('closure sees', v); });
(async function () {
  await 0; await 0; await 0; await 0; await 0; await 0; await 0; await 0; await 0; await 0;
  await 0; await 0; await 0; await 0; await 0; await 0; await 0; await 0; await 0; await 0;
  print(log.join('\n'));
})();
