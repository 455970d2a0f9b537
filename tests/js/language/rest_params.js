// Rest parameters: an Array of the remaining arguments, empty when there
// are none; length ignores it; arguments still sees every argument.
function g(a, ...rest) { return a + ':' + rest.length + ':' + rest.join('|'); }
print(g(), g(1), g(1, 2, 3), g.length);
function only(...all) { return all instanceof Array ? all.length : 'not an array'; }
print(only(), only(undefined), only(1, 2, 3, 4, 5));
function withArgs(a, ...r) { return arguments.length + ' ' + r.length; }
print(withArgs(1, 2, 3));
function fresh(...r) { r.push('x'); return r.length; }
print(fresh(1), fresh(1));
function captured(...r) { return function () { return r.join(); }; }
print(captured(1, 2)());
function defaultsAndRest(a, b = 2, ...c) { return [a, b, c.length].join(); }
print(defaultsAndRest(1), defaultsAndRest(1, undefined, 3, 4), defaultsAndRest.length);
var arrow = (...r) => r.length;
print(arrow(), arrow(1, 2), arrow.length);
var arrow2 = (a, ...r) => a + r.join('');
print(arrow2('x', 'y', 'z'));
var o = { m(...r) { return r.length; } };
print(o.m(1, 2), o.m.length);
function holes(...r) { return r.length + ' ' + (1 in r); }
print(holes(1, undefined, 3));
function many(...r) { return r.length; }
print(many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20));
function restAfterMany(a, b, c, d, ...e) { return e.join(); }
print(restAfterMany(1, 2, 3, 4, 5, 6), restAfterMany(1, 2));
function restFromArgsObject() { return (function (...r) { return r.length; }).apply(null, arguments); }
print(restFromArgsObject(1, 2, 3));
