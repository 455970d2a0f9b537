function callAll2(fs) { var r = []; for (var n = 0; n < fs.length; n++) r.push(fs[n]()); return r; }
function callAll(fs) { var r = []; for (var n = 0; n < fs.length; n++) r.push(fs[n]()); return r.join(); }
// Per-iteration bindings of for loops and closures capturing them.
var fs = [];
for (let i = 0; i < 3; i++) fs.push(() => i);
print(callAll(fs));

fs = [];
for (let i = 0; i < 3; i++) { fs.push(function () { return i; }); i += 0; }
print(callAll(fs));

// closures see the iteration's value, including body modifications
fs = [];
for (let i = 0; i < 6; i++) { fs.push(() => i); i++; }
print(callAll(fs));

// the closure in the initialiser sees the first copy
fs = [];
for (let i = 0, g = () => i; i < 2; i++) fs.push(g);
print(callAll(fs));

// the test sees the current copy
fs = [];
for (let i = 0; fs.push(() => i), i < 2; i++) {}
print(callAll(fs));

// update expression closure
fs = [];
for (let i = 0; i < 3; fs.push(() => i), i++) {}
print(callAll(fs));

// for-in and const for-in
fs = [];
for (let k in {a: 1, b: 2, c: 3}) fs.push(() => k);
print(callAll(fs));
fs = [];
for (const k in {x: 1, y: 2}) fs.push(() => k);
print(callAll(fs));

// block let inside a loop body
fs = [];
for (var j = 0; j < 3; j++) { let v = j * 10; fs.push(() => v); }
print(callAll(fs));

// while and do-while with block lets
fs = [];
var n = 0;
while (n < 3) { let w = n; fs.push(() => w); n++; }
print(callAll(fs));
fs = [];
n = 0;
do { const d = n; fs.push(() => d); n++; } while (n < 2);
print(callAll(fs));

// break and continue out of blocks with captured lets
fs = [];
for (let i = 0; i < 5; i++) {
  let c = i;
  fs.push(() => c + ':' + i);
  if (i === 1) continue;
  if (i === 3) break;
}
print(callAll(fs));

// labeled continue across nested loops
fs = [];
outer: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    fs.push(() => i + '' + j);
    if (j === 1) continue outer;
  }
}
print(callAll(fs));

// the loop variable is not visible after the loop
for (let gone = 0; gone < 1; gone++) {}
print(typeof gone);
for (let gone2 in {a: 1}) {}
print(typeof gone2);

// uncaptured let in a loop
var sum = 0;
for (let i = 0; i < 100; i++) { let sq = i * i; sum += sq; }
print(sum);

// the loop variable shadows an outer one
let i = 'outer';
for (let i = 0; i < 2; i++) {}
print(i);

// nested closure capture through two functions
fs = [];
for (let i = 0; i < 3; i++) fs.push(function () { return function () { return i; }; });
print(callAll(callAll2(fs)));

// let as a var-like identifier in for heads (sloppy)
var obj = {p: 1};
for (let in obj) print('let var', let);

// try/finally inside a loop with a captured let
fs = [];
for (let i = 0; i < 3; i++) {
  try { if (i === 1) continue; } finally { fs.push(() => i); }
}
print(callAll(fs));
