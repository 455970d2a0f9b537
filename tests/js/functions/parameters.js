// Checks parameter binding: missing params are undefined, extras ignored, params are local.
function f(a, b, c) { return a + "," + b + "," + c; }
print(f(1), f(1, 2), f(1, 2, 3), f(1, 2, 3, 4));
function g(x) { x = x * 2; return x; }
var v = 5;
print(g(v), v);
function h(o) { o.changed = true; o = { replaced: true }; return o.replaced; }
var obj = {};
print(h(obj), obj.changed, obj.replaced);
function dupName(a, a) { return a; }
print(dupName(1, 2));
function shadowVar(p) { var p; return p; }
print(shadowVar("kept"));
function paramFn(fn, x) { return fn(x); }
print(paramFn(function (y) { return y + 1; }, 41));
function len(a, b, c) {}
print(len.length, f.length, paramFn.length, (function () {}).length);
