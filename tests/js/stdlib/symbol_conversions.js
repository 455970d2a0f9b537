// ToString and ToNumber of a symbol throw TypeError; String() describes it.
var s = Symbol('x');
function attempt(label, f) {
  try { print(label, f()) } catch (e) { print(label, e.name, e instanceof TypeError) }
}
attempt('concat', function () { return s + '' });
attempt('concat left', function () { return 'a' + s });
attempt('template', function () { return `${s}` });
attempt('unary plus', function () { return +s });
attempt('minus', function () { return s - 1 });
attempt('compare', function () { return s < 1 });
attempt('new String', function () { return new String(s) });
attempt('String', function () { return String(s) });
attempt('Number', function () { return Number(s) });
attempt('join', function () { return [s].join() });
attempt('parseInt', function () { return parseInt(s) });
attempt('loose eq', function () { return s == 'Symbol(x)' });
attempt('strict eq', function () { return s === s });
attempt('typeof', function () { return typeof s });
attempt('wrapper concat', function () { return Object(s) + '' });
attempt('isNaN', function () { return isNaN(s) });
attempt('JSON value', function () { return JSON.stringify({ a: s, b: 1 }) });
attempt('JSON array', function () { return JSON.stringify([s]) });
attempt('JSON top', function () { return JSON.stringify(s) });
