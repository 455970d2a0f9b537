// Checks closures created in a loop share the single var binding unless captured through a factory.
var fns = [];
for (var i = 0; i < 3; i++) fns.push(function () { return i; });
print(fns[0](), fns[1](), fns[2]());
var fixed = [];
for (var j = 0; j < 3; j++) fixed.push((function (k) { return function () { return k; }; })(j));
print(fixed[0](), fixed[1](), fixed[2]());
function make(v) { return function () { return v * 10; }; }
var made = [];
for (var m = 0; m < 3; m++) made.push(make(m));
print(made[0](), made[1](), made[2]());
var w = [], n = 0;
while (n < 3) { var cap = n; w.push(function () { return cap; }); n++; }
print(w[0](), w[2]());
