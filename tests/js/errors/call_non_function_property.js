// Checks calling a missing method on an object (uncaught TypeError naming o.foo).
var o = { bar: function () { return "bar ok"; } };
print(o.bar());
o.foo();
