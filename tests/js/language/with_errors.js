// with (null/undefined) throws a TypeError; reading a missing name throws
// a ReferenceError as usual.
function attempt(f) {
  try {
    f();
    print('no error');
  } catch (e) {
    print(e.name);
  }
}
attempt(function () { with (null) {} });
attempt(function () { with (undefined) {} });
attempt(function () { with ({}) { return missingName; } });
attempt(function () { with ({}) { missingCall(); } });
attempt(function () { with ({notFn: 1}) { notFn(); } });
attempt(function () { with ({}) { implicitGlobal = 1; } });
print(implicitGlobal);
var evaluated = [];
attempt(function () { with ((evaluated.push('object'), null)) { evaluated.push('body'); } });
print(evaluated.join(','));

// Messages name the variable.
try { with ({}) { notDefined(); } } catch (e) { print(e.message); }
try { with ({notFn: 1}) { notFn(); } } catch (e) { print(e.message); }
function boxed() {
  var q = 1;
  eval('');
  try { q(); } catch (e) { print(e.message); }
}
boxed();
