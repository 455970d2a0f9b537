// A named function expression's own name seen from its direct eval code:
// assigning it is ignored (a TypeError in strict code), and a var of the
// eval code shadows it (ES2023 15.2.5, 19.2.1.3).
var assigns = function g() { eval("g = 1"); return typeof g; };
print(assigns());
var strictAssigns = function g() { "use strict"; try { eval("g = 1"); } catch (e) { return e.name; } };
print(strictAssigns());
var shadows = function g() { eval("var g = 1"); return typeof g; };
print(shadows());
var ownVar = function g() { var g = 2; eval("g = 1"); return g; };
print(ownVar());
var fromArrow = function g() { eval("var g = 1"); return (() => typeof g)(); };
print(fromArrow());
var both = function g() { eval("g = 1; var h = 2"); return typeof g + ' ' + h; };
print(both());
