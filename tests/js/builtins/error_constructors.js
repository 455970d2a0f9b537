// Checks Error constructors: name, message, String(e), instanceof relations.
var ctors = [Error, TypeError, ReferenceError, RangeError, SyntaxError];
for (var i = 0; i < ctors.length; i++) {
  var e = new ctors[i]("msg" + i);
  print(e.name, e.message, String(e), e instanceof Error, e instanceof ctors[i]);
}
print(new TypeError("x") instanceof RangeError, new Error("x") instanceof TypeError);
var plain = new Error();
print(plain.message === "", String(plain), plain.name);
var noNew = Error("called without new");
print(noNew instanceof Error, noNew.message);
var te = TypeError("t");
print(te instanceof TypeError, te.name);
print(typeof new Error("a"), typeof Error);
