// A method never allows duplicate parameters, even in sloppy code.
print("not reached");
({ f(x, x) {} });
