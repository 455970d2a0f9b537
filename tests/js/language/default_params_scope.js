// Parameter expressions have their own scope (ES2023 10.2.11 step 28):
// they see the parameters and the enclosing scopes, not the body's
// variables; a body var named like a parameter starts with its value.
var x = 'outer';
function closureSeesOuter(a = () => x) { var x = 'inner'; return a(); }
print(closureSeesOuter());
function directSeesOuter(a = x) { var x = 'inner'; return a + ' ' + x; }
print(directSeesOuter());
function paramVsBody(a, g = () => a) { var a = 2; return g() + ',' + a; }
print(paramVsBody(1));
function bodyVarStartsWithParam(a, b = 0) { var a; return a; }
print(bodyVarStartsWithParam('param value'));
function closureWrites(a, set = function (v) { a = v; }, get = function () { return a; }) {
  var a;
  set('written');
  return a + ' ' + get();
}
print(closureWrites('start'));
function bodyFunction(a = 1) { function a() {} return typeof a; }
print(bodyFunction());
function later(a = () => b, b = 'b value') { return a(); }
print(later());
function captured(a, b = function () { return a; }) { a = 9; return b(); }
print(captured(1));
function shadowOuterFn(a = typeof inner) { function inner() {} return a; }
print(shadowOuterFn());
var y = 'global y';
function noneInBody(a = y) { return a; }
print(noneInBody());
