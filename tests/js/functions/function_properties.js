// Checks that functions are objects: custom properties, prototype objects, length.
function f(a, b) {}
f.custom = "yes";
print(f.custom, f.length);
print(typeof f.prototype, f.prototype.constructor === f);
f.counter = 0;
function bump() { bump.calls = (bump.calls || 0) + 1; return bump.calls; }
bump(); bump();
print(bump.calls);
var g = function () {};
print(typeof g.prototype, "prototype" in g);
print(f instanceof Object);
