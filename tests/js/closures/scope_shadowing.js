// Checks variable shadowing across nested function scopes.
var x = "global";
function f() {
  var x = "f";
  function g() {
    var x = "g";
    return x;
  }
  function h() { return x; }
  return [g(), h(), x].join(",");
}
print(f(), x);
function assignOuter() { x = "assigned"; }
assignOuter();
print(x);
function paramShadow(x) { return x; }
print(paramShadow("param"), x);
function noVar() { y = "implicit global"; }
noVar();
print(y);
function innerDecl() { var z = 1; function z2() { return z; } var z = 2; return z2(); }
print(innerDecl());
