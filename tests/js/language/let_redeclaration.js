// Early errors of lexical declarations (checked through eval, each a SyntaxError).
var cases = [
  'let x; let x;',
  'let x; var x;',
  'var x; let x;',
  'const x = 1; let x;',
  'let x; { var x; }',
  '{ var x; } let x;',
  '{ let x; var x; }',
  'let x; function x() {}',
  'function x() {} let x;',
  '{ let f; function f() {} }',
  '{ function f() {} let f; }',
  '"use strict"; { function f() {} function f() {} }',
  'for (let i = 0; ; ) { var i; }',
  'for (let i in {}) { var i; }',
  'try {} catch (e) { let e; }',
  'switch (0) { case 0: let a; case 1: let a; }',
  'switch (0) { case 0: let a; default: var a; }',
  'let let = 1;',
  'const let = 1;',
  'const c;',
  'if (true) let x = 1;',
  'while (false) const y = 1;',
  'label: let z = 1;',
  'for (let x = 1 in {}) {}',
  'function f(a) { let a; }',
  '(function (a) { const a = 1; })',
  '"use strict"; let = 1;',
];
for (var i = 0; i < cases.length; i++) {
  try {
    eval(cases[i]);
    print('no error:', cases[i]);
  } catch (e) {
    print(e.name, '|', cases[i]);
  }
}
// allowed
var ok = [
  '{ let x; } { let x; }',
  'let x; { let x; }',
  'function f(a) { { let a; } }',
  '{ function g() {} function g() {} }',
  'try {} catch (e) { { let e; } }',
  'try {} catch (e) { var e; }',
  'var let = 1;',
  'let\nlet2 = 1;',
  'if (false) let\nfoo = 1;',
  'switch (0) { case 0: let a; } switch (0) { case 0: let a; }',
  'for (let i = 0; i < 1; i++) { let i = 2; }',
];
for (var j = 0; j < ok.length; j++) {
  try {
    eval(ok[j]);
    print('ok |', ok[j].length);
  } catch (e) {
    print('unexpected', e.name, e.message, '|', ok[j]);
  }
}
// loop bodies are single-statement contexts
var bodies = ['for (let i = 0; i < 1; i++) let x = 1;', 'for (let i in {}) const y = 1;',
              'for (let i = 0; i < 1; i++) function f() {}'];
for (var b = 0; b < bodies.length; b++) {
  try { eval(bodies[b]); print('no error:', bodies[b]); } catch (e) { print(e.name, '|', bodies[b]); }
}
// `let [` never starts an expression statement; `let` then a line break
// ends one in a single-statement context otherwise; an escaped let is a name
var more = ['for (;false;) let\n[a] = 0;', 'if (false) let\n[b] = 0;',
            'for (;false;) let\n{}', 'this.let = 0; l\\u0065t\nesc; var esc;'];
for (var m = 0; m < more.length; m++) {
  try { eval(more[m]); print('ok', m); } catch (e) { print(e.name, m); }
}
