// Switch case blocks and catch blocks as scopes.
function callAll(fs) { var r = []; for (var n = 0; n < fs.length; n++) r.push(fs[n]()); return r.join(); }
function sw(v) {
  switch (v) {
    case 0:
      let a = 'zero';
      return a;
    case 1:
      a = 'one';
      return a;
    default:
      const d = 'def';
      return d;
  }
}
print(sw(0));
try { print(sw(1)); } catch (e) { print(e.name + ': ' + e.message); }
print(sw(2));

// a switch's lexical scope is separate from the enclosing one
let s = 'outer';
switch (1) { case 1: let s = 'inner'; print(s); }
print(s);

// functions declared in a case block
switch (0) {
  case 0:
    print(typeof caseFn, caseFn());
    function caseFn() { return 'case fn'; }
}

// catch parameter and lets in the catch block
try { throw 1; } catch (e) { let x = e + 1; print(x); }
try { throw 2; } catch (e) { { let e = 'shadowed'; print(e); } print(e); }
try { throw 3; } catch (e) { var e2 = e; }
print(e2);

// closures over catch-block lets
var fs = [];
for (var k = 0; k < 2; k++) {
  try { throw k; } catch (err) { let copy = err * 2; fs.push(() => copy + err); }
}
print(callAll(fs));

// B.3.5: var may redeclare a catch parameter
try { throw 'p'; } catch (p) { var p = 'assigned'; print(p); }
print(p);

// discriminant is evaluated outside the case block
let disc = 1;
switch (disc) { case 1: let disc2 = disc + 1; print(disc2); }
