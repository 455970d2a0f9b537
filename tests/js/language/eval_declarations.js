// A sloppy direct eval's var and function declarations become variables of
// the calling function (ES5 10.5): later code and later evals see them,
// globals do not.
function declares() {
  eval('var x = 1; function f() { return "f: " + x; }');
  print(x, f(), typeof x);
  x = 2;
  print(eval('x'), f());
  eval('var y = x + 1');
  print(y);
  var reader = function () { return x + y; };
  print(reader());
  return typeof x;
}
print(declares());
print(typeof x, typeof f, typeof y);

// A var the function already has is not redeclared; the eval assigns it.
function existing() {
  var a = 'old';
  eval('var a = "new"');
  return a;
}
print(existing());
function existingFunction() {
  var h = 1;
  eval('function h() { return "from eval"; }');
  return h();
}
print(existingFunction());

// Names eval declares shadow globals of the same name.
var shadowed = 'global';
function shadows() {
  var before = shadowed;
  eval('var shadowed = "local"');
  return before + ' ' + shadowed;
}
print(shadows(), shadowed);

// Eval variables are deletable; the function's own are not.
function deletable() {
  var own = 1;
  eval('var added = 2');
  return [delete added, typeof added, delete own, own].join();
}
print(deletable());

// Functions declared by eval code are called with undefined this.
function thisOfDeclared() {
  eval('function who() { return this; }');
  return who() === this;
}
print(thisOfDeclared.call({}));

// A var in eval inside a catch block: declared in the function, but the
// initialiser assigns the catch parameter.
function inCatch() {
  try {
    throw 'thrown';
  } catch (e) {
    eval('var e = "assigned"');
    print(e);
  }
  return typeof e;
}
print(inCatch());

// Global code: declarations are globals.
eval('var globalFromEval = "yes"');
print(globalFromEval);

// A function declared inside a with statement in eval code is still the
// calling function's variable.
function declaredInWith() {
  eval('with ({}) { function inner() { return 1; } }');
  return typeof inner;
}
print(declaredInWith(), typeof inner);
