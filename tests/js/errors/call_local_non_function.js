// Checks that TypeErrors name local variables and parameters that are not functions.
function f(o, cb) {
  var local = 5;
  try { o.missing(); } catch (e) { print(e.message); }
  try { cb(); } catch (e) { print(e.message); }
  try { local(); } catch (e) { print(e.message); }
  try { o.inner.deeper(); } catch (e) { print(e.message); }
  try { new local(); } catch (e) { print(e.message); }
}
f({ inner: {} }, 3);
