// with (ES5 12.10): names in the body look at the object first.
var o = {x: 1, f: function () { return this === o; }};
var x = 'global';
with (o) {
  print(x);
  x = 2;
  print(o.x, x);
  print(f());
  print(typeof x, typeof notThere, typeof f);
}
print(x);

// Shadowing of locals, var inside with, a name the object lacks.
function locals() {
  var y = 'local';
  var p = {y: 'prop'};
  with (p) {
    print(y);
    var y = 'assigned';  // hoisted to the function, but assigns p.y
  }
  print(y, p.y);
  with ({}) {
    print(y);
    y = 'new';
  }
  print(y);
}
locals();

// Inherited properties count; primitives are converted to objects.
function Base() {}
Base.prototype.inherited = 'from proto';
with (new Base()) print(inherited);
with ('abc') print(length);
with (5) print(toString());

// Operators on names found in the object.
var scope = {z: 5};
with (scope) {
  z++;
  ++z;
  z += 10;
  z -= 1;
  print(z, scope.z);
  print(delete z, typeof z, 'z' in scope);
  z = 'recreated';
}
print(z, scope.z);

// (The object holding a name is found before the right-hand side runs,
// ES5 11.13; node re-resolves instead, so test262 covers that case.)

// for-in targets and the completion of the with statement.
var keys = [];
var target = {k: 0};
with (target) for (k in {a: 1, b: 2}) keys.push(k);
print(keys.join(','), target.k, typeof k);

// Getters and setters on the object run.
var log = [];
var acc = {get g() { log.push('get'); return 1; }, set g(v) { log.push('set ' + v); }};
with (acc) { g = g + 1; }
print(log.join(','));
