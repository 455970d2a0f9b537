// A parameter is in its TDZ until its own initializer has run: a default
// that reads it or a later parameter throws a ReferenceError.
function tryCall(f, v) {
  try {
    return f(v);
  } catch (e) {
    return e.name + ': ' + e.message;
  }
}
print(tryCall(function (a = b, b) { return a; }));
print(tryCall(function (a = b, b) { return a; }, 1));
print(tryCall(function (a = a) { return a; }));
print(tryCall(function (a, b = typeof c, c) { return b; }));
print(tryCall(function (a, b = a) { return b; }, 'earlier is fine'));
var order = [];
print(tryCall(function (a = (order.push('side effect'), b), b) {}));
print(order.join());
print(tryCall((a = b, b) => a));
