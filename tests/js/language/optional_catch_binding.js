// catch without a binding (ES2019): the exception is caught, not named.
var e = 'outer e';
try {
  throw new Error('x');
} catch {
  print('caught', e);
}
function f() {
  try {
    return 'try';
  } catch {
    return 'catch';
  } finally {
    print('finally');
  }
}
print(f());
var r = (function () {
  try {
    null.x;
  } catch {
    var declared = 'var in catch';
    return typeof declared;
  }
})();
print(r);
try {
  try {
    throw 1;
  } catch {
    throw 2;
  }
} catch (second) {
  print(second);
}
var closures = [];
for (var i = 0; i < 2; i++) {
  try {
    throw i;
  } catch {
    closures.push(function () { return i; });
  }
}
print(closures[0](), closures[1]());
var bad = ['try {} catch () {}', 'try {} catch', 'try {} catch {', 'try {} catch ( {}'];
for (var j = 0; j < bad.length; j++) {
  try {
    eval(bad[j]);
    print('no error');
  } catch (err) {
    print(err.name);
  }
}
