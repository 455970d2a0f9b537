// next(), the values yield produces and receives, and the return value.
function show(r) { print(r.value, r.done); }
function* g(a, b) {
  var x = yield a;
  print("got", x);
  var y = yield b + x;
  print("got", y);
  return x + y;
}
var it = g(1, 2);
show(it.next("ignored"));
show(it.next(10));
show(it.next(20));
show(it.next(30));
show(it.next());

// yield in expression positions: array and object literals, arguments,
// conditions, loops, a bare yield.
function* positions() {
  var a = [yield 1, yield 2];
  var o = { x: yield 3, y: (yield 4) + 1 };
  print(a.join(), o.x, o.y);
  print(Math.max(yield 5, yield 6));
  if (yield 7) print("truthy"); else print("falsy");
  for (var i = 0; i < 3; i++) print("loop", yield i * 10);
  var z = yield yield 8;
  print("z", z);
  return (yield) ? "yes" : "no";
}
var p = positions(), r, n = 100;
while (!(r = p.next(n++)).done) print("yielded", r.value);
print("returned", r.value);

// Locals, closures over them, arguments, this and default parameters
// survive suspension.
function* state(a, b = a * 2) {
  var count = 0;
  var inc = function () { return ++count; };
  yield inc();
  yield inc();
  yield arguments.length + ":" + arguments[0];
  yield this.tag;
  yield b;
  yield count;
}
var holder = { tag: "T", state: state };
print([...holder.state(4)].join());

// Parameter defaults run at the call, before the first next().
function* early(x = print("default evaluated")) { print("body runs"); yield x; }
var e = early();
print("called");
e.next();

// A generator is its own iterator for spread and array patterns.
function* nat() { var i = 0; while (true) yield i++; }
var [a0, a1, , a3] = nat();
print(a0, a1, a3);
function* three() { yield "a"; yield "b"; yield "c"; }
print([...three(), ...three()].join(""));
var out = [];
for (var v of three()) out.push(v);
print(out.join("-"));

// Each call makes a new generator with its own state.
var g1 = nat(), g2 = nat();
g1.next(); g1.next();
print(g1.next().value, g2.next().value);
