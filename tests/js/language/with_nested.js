// Nested with statements: the innermost object wins; then outer ones; then
// the variables.
var a = 'global a', b = 'global b', c = 'global c';
with ({a: 1}) {
  with ({b: 2}) {
    with ({a: 3}) {
      print(a, b, c);
      a = 30;
      b = 20;
      c = 10;
    }
    print(a, b);
  }
  print(a);
}
print(a, b, c);

// with inside catch and catch inside with.
try {
  throw 'caught';
} catch (e) {
  with ({e: 'prop'}) print(e);
  with ({}) print(e);
}
with ({e: 'prop'}) {
  try { throw 'thrown'; } catch (e) { print(e); }
  print(e);
}

// A with object replaced between entries.
var objs = [{n: 'first'}, {n: 'second'}, {}];
var n = 'variable';
for (var i = 0; i < objs.length; i++) with (objs[i]) print(n);

// Labels, break and continue inside with.
var count = 0;
outer: for (var j = 0; j < 3; j++) {
  with ({j2: j}) {
    if (j2 === 1) continue outer;
    if (j2 === 2) break outer;
    count++;
  }
}
print(count, j);
function early() {
  with ({r: 'returned'}) {
    return r;
  }
}
print(early());
