// Destructuring parameters, and the rules of non-simple parameter lists:
// their own scope, length, unmapped arguments objects.
function f([a, b], {c, d = c + 1}) { return [a, b, c, d].join(); }
print(f([1, 2], {c: 3}));
function g({a = 1, b = 2} = {}) { return a + b; }
print(g(), g({a: 10}), g({b: 20}));
function h(x, [y, z] = [x, x * 2], ...[r0, r1]) { return [x, y, z, r0, r1].join(); }
print(h(1), h(1, [5, 6], 7, 8));
var arrow = ({p}, [q] = [p]) => p + q;
print(arrow({p: 2}), arrow({p: 2}, [3]));
var arrowBody = ([a, b]) => { return a * b; };
print(arrowBody([6, 7]));
var nestedArrow = ({a: {b: [c]}}) => c;
print(nestedArrow({a: {b: ['deep']}}));
var trailing = (a, {b},) => a + b;
print(trailing(1, {b: 2},));

// length counts the parameters before the first default or rest.
print(f.length, g.length, h.length, arrow.length, (function (a, b = 1, c) {}).length,
      (function ({a}, [b], c) {}).length, ((...r) => 0).length);

// Methods, setters and catch parameters.
var o = {
  m({x}) { return x; },
  set s([first]) { this.first = first; }
};
o.s = ['set'];
print(o.m({x: 'method'}), o.first);
try { throw {message: 'msg', code: 42}; } catch ({message, code, extra = 'none'}) { print(message, code, extra); }
try { throw [1, [2]]; } catch ([one, [two]]) { print(one, two); }
try { throw {v: 'captured'}; } catch ({v}) { var getV = function () { return v; }; }
print(getV());

// Parameter expressions do not see the body's declarations.
var outer = 'outer';
function scope1(a = outer) { var outer = 'body'; return a; }
function scope2(a = function () { return outer; }) { let outer = 'body'; return a(); }
function scope3({a = outer}) { const outer = 'body'; return a; }
print(scope1(), scope2(), scope3({}));
// ... but do see the parameters before them, and the body sees the parameters.
function earlier(a, {b = a}, [c = b]) { return a + b + c; }
print(earlier('x', {}, []));
function bodyVar({a}) { var a; return a; }
print(bodyVar({a: 'kept'}));
function bodyAssign({a}) { var a = 'new'; return a; }
print(bodyAssign({a: 'old'}));

// TDZ: a name used before its parameter is initialised.
try { (function ({a = b}, b) {})({}, 1); } catch (e) { print(e.name); }
try { (function ({a, b = c}, {c}) {})({}, {}); } catch (e) { print(e.name); }
try { (function ([a = a]) {})([]); } catch (e) { print(e.name); }

// The arguments object of a non-simple list is not mapped.
function unmapped(a, {b}) { a = 'changed'; arguments[1] = 'x'; return arguments[0] + ' ' + b; }
print(unmapped('orig', {b: 'b'}));
function argsLength({a}, b) { return arguments.length; }
print(argsLength({}), argsLength({}, 1, 2));

// Closures over destructured parameters.
function counter({start = 0}) { return function () { return start++; }; }
var next = counter({start: 5});
next();
print(next());

// Errors from the argument values.
try { f(); } catch (e) { print(e.name); }
try { g(null); } catch (e) { print(e.name); }
try { h(1, 2); } catch (e) { print(e.name); }
