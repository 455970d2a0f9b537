// Suspended generators keep objects alive only through their saved
// registers; collections in between must neither free nor leak them.
function* holder(n) {
  var a = { n: n, list: [n, n + 1] };
  var s = "s" + n;
  try {
    while (true) {
      var b = { prev: a, s: s + "x" };
      var got = yield b;
      a = { n: a.n + (got || 0), list: a.list.slice(0).concat ? a.list : a.list };
    }
  } finally {
    a = null;
  }
}
var gens = [];
for (var i = 0; i < 200; i++) { var g = holder(i); g.next(); gens.push(g); }
var junk = [];
for (var k = 0; k < 20; k++) {
  for (var i = 0; i < gens.length; i++) {
    gens[i].next(k);
    junk.push({ x: "y" + k + i });
  }
  if (junk.length > 1000) junk = [];
}
var total = 0;
for (var i = 0; i < gens.length; i++) {
  total += gens[i].next(0).value.prev.n;
  if (i % 2) gens[i].return();
}
print(total);
gens = null;

// A generator that holds itself (a cycle through its saved registers).
function* cycle() { var me = yield; yield me; }
for (var i = 0; i < 500; i++) { var c = cycle(); c.next(); c.next(c); }

// Many short-lived generators, some abandoned mid-way inside try/finally.
function* counted(n) { try { for (var i = 0; i < n; i++) yield { i: i }; } finally { print.length; } }
var sum = 0;
for (var i = 0; i < 300; i++) {
  var it = counted(i % 7);
  var r = it.next();
  if (!r.done) sum += r.value.i;
  if (i % 3 === 0) { for (var v of counted(3)) sum += v.i; }
}
print(sum);
