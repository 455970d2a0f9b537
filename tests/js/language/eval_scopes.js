// Direct eval inside with and catch sees those scopes too.
var o = {p: 'property', m: function () { return this === o; }};
var p = 'global p';
with (o) {
  print(eval('p'), eval('m()'));
  eval('p = "assigned through with"');
}
print(o.p, p);
function inFunction() {
  var q = 'local q';
  with ({q: 'with q'}) {
    print(eval('q'));
  }
  return eval('q');
}
print(inFunction());
try {
  throw 'caught';
} catch (e) {
  print(eval('e'));
  eval('e = "changed"');
  print(e);
}

// Functions that eval code makes close over the with object.
function closures() {
  var made;
  with ({w: 'captured with'}) {
    made = eval('(function () { return w; })');
  }
  return made();
}
print(closures());

// Nested functions see variables an enclosing function's eval declared.
function enclosing() {
  eval('var fromEval = "seen"');
  function nested() { return fromEval; }
  var expr = function () { return typeof fromEval; };
  return nested() + ' ' + expr();
}
print(enclosing());
