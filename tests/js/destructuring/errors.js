// Errors of destructuring: TypeErrors for values that cannot be
// destructured, SyntaxErrors for invalid patterns.
try { var {a} = null; } catch (e) { print(e.name, e.message); }
try { var {b} = undefined; } catch (e) { print(e.name, e.message); }
try { var {} = null; } catch (e) { print(e.name, e.message); }
try { let {c: {d}} = {}; } catch (e) { print(e.name); }
try { var [x] = 5; } catch (e) { print(e.name); }
try { var [y] = {}; } catch (e) { print(e.name); }
try { var [z] = null; } catch (e) { print(e.name); }
try { [x] = undefined; } catch (e) { print(e.name); }
try { ({x} = null); } catch (e) { print(e.name); }
try { (function ([p]) {})(); } catch (e) { print(e.name); }
try { (function ({p}) {})(); } catch (e) { print(e.name); }
// Nothing is assigned after the error.
var before = 'kept';
try { [before, before] = 1; } catch (e) { print(e.name, before); }
// A const pattern binding cannot be assigned, but is initialised.
const [k] = [1];
try { k = 2; } catch (e) { print(e.name, k); }
// TDZ of a let binding read by its own default.
try { let [t = t] = []; } catch (e) { print(e.name); }

var bad = [
  'var [a];',
  'let {a};',
  'const [a] = [], {b};',
  'var [...a,] = [];',
  'var [...a = 1] = [];',
  'var [...a, b] = [];',
  '[a, ...b,] = [];',
  '[f()] = [];',
  '({a: 1} = {});',
  '({a: f()} = {});',
  '[a + b] = [];',
  'var [a.b] = [];',
  'var {a: b.c} = {};',
  'let [a, a] = [];',
  'let [let] = [];',
  'var {if} = {};',
  '"use strict"; [eval] = [];',
  '"use strict"; ({arguments} = {});',
  '"use strict"; var {eval} = {};',
  'function f([a], a) {}',
  'function f({a}, {a}) {}',
  '(a, [a]) => 1',
  'function f({a}) { "use strict"; }',
  '({a}) => { "use strict"; }',
  'try {} catch ([a]) { let a; }',
  'for (let [a] = [1] in {}) ;',
  'for ([a] = [] in {}) ;',
  'var {...[a]} = {};',
  'var {a, ...b, c} = {};',
  '({...{a}} = {});',
  '({a = 1});',
  '[a] += [];',
  'var [a = 1 = 2] = [];'
];
for (var i = 0; i < bad.length; i++) {
  try {
    eval(bad[i]);
    print('no error', bad[i]);
  } catch (e) {
    print(e.name);
  }
}
