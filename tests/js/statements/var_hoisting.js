// Checks hoisting of var declarations (value undefined before assignment).
print(typeof a, a);
var a = 5;
print(a);
function f() {
  print(x);
  var x = 1;
  print(x);
  if (false) { var y = 2; }
  print(y);
  for (var i = 0; i < 2; i++) {}
  print(i);
}
f();
var a;
print(a);
var b = 1, b = 2;
print(b);
function g() { v = "outer assignment"; return v; var v; }
print(g(), typeof v);
