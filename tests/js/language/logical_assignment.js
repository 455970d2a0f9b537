// &&= ||= ??= (ES2021): assign only when the operator does not short-circuit.
var x = null;
x ??= 5;
print(x);
x ??= 6;
print(x);
var y = 0;
y ||= 7;
print(y);
y ||= 8;
print(y);
var z = 1;
z &&= 9;
print(z);
z = 0;
z &&= 10;
print(z);
var o = { a: null, b: 1 };
o.a ??= 'A';
o.b ??= 'B';
o['c'] ||= 'C';
print(o.a, o.b, o.c);
var setter = 0;
var s = { get p() { return 1; }, set p(v) { setter++; } };
s.p ||= 2;
s.p &&= 3;
s.p ??= 4;
print(setter);
var f;
f ||= function () {};
var g = null;
g ??= () => 1;
print(f.name, g.name);
var u;
print((u ??= 3) + 1, u);
function local() {
  var q;
  q ??= 'local';
  var w = 1;
  w &&= w + 1;
  var captured = 0;
  var get = function () { return captured; };
  captured ||= 'boxed';
  return q + w + get();
}
print(local());
var gg;
(function () { gg ??= 'global'; })();
print(gg);
try {
  undeclaredName ??= 1;
} catch (e) {
  print(e.name);
}
var keyCalls = 0;
var target = {};
function key() { keyCalls++; return 'k'; }
target[key()] ??= 1;
target[key()] ??= 2;
print(target.k, keyCalls);
var bad = ['1 ??= 2', 'a + b ||= 1', '(a, b) &&= 1'];
for (var i = 0; i < bad.length; i++) {
  try {
    eval('var a, b;' + bad[i]);
    print('no error');
  } catch (e) {
    print(e.name);
  }
}
