// Async generators left behind in every state (suspended at the start, at
// a yield, at an await of a promise that never settles, with requests
// queued, completed) while garbage piles up: the collector and the counts
// must keep what is reachable and free the rest (the asan and torture
// presets check it).
var never = new Promise(function () {});
async function* g(i) {
  var junk = [i, { i: i }, 'x' + i];
  yield junk;
  await never;
  yield 'unreachable';
}
var kept = [];
var settled = 0;
for (var i = 0; i < 300; i++) {
  var it = g(i);
  if (i % 3 === 1) it.next();
  if (i % 3 === 2) {
    it.next().then(function () { settled++; });
    it.next().then(function () { settled += 1000; });  // waits behind the await for ever
    it.next();
  }
  if (i % 10 === 0) kept.push(it);
  for (var j = 0; j < 20; j++) var garbage = { a: [j, j + 1], b: 'y' + j };
}
async function* done() { yield 1; }
var d = done();
d.next();
d.next();
d.next().then(function (r) { print('completed generator', r.done); });
Promise.resolve().then(function () {}).then(function () {}).then(function () {
  print('kept', kept.length, 'settled', settled);
  return kept[0].next();  // never started: runs to its first yield
}).then(function (r) { print('kept one goes on', r.value[0], r.done); });
