// Checks the scope of the catch parameter: local to the catch block, shadows outer variables.
var e = "outer";
try { throw "inner"; } catch (e) { print(e); }
print(e);
try { throw 1; } catch (err) { var declared = "var in catch is function-scoped"; }
print(declared, typeof err);
function f() {
  var fns = [];
  for (var i = 0; i < 2; i++) {
    try { throw i; } catch (x) { fns.push(function () { return x; }); }
  }
  return fns[0]() + "," + fns[1]();
}
print(f());
try { throw "a"; } catch (e) { try { throw "b"; } catch (e) { print(e); } print(e); }
