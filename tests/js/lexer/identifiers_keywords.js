// Checks identifiers that contain keywords and reserved words used as property names.
var iff = 1, formula = 2, instanceOf = 3, newer = 4, dot = 5, var1 = 6;
print(iff, formula, instanceOf, newer, dot, var1);
var o = { if: 1, for: 2, var: 3, function: 4, new: 5, typeof: 6, class: 7, null: 8, true: 9 };
print(o.if, o.for, o.var, o.function, o.new, o.typeof, o.class, o.null, o.true);
o.delete = "d"; o.in = "i";
print(o.delete, o["in"]);
var undefined1 = "u1", NaNx = "n";
print(undefined1, NaNx);
