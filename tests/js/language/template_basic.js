// Template literals: substitutions (ToString, not ToPrimitive default),
// nesting, line terminators, escapes and line continuations.
var x = 5;
var o = { toString: function () { return 'TS'; }, valueOf: function () { return 'VO'; } };
print(`a${x}b${x + 1}c`);
print(`${o}`, '' + o, `${x}${x}`, `${''}`);
print(`outer ${`inner ${x} ${ {a: 1}.a }`} end`);
print(`${ { b: `${'deep'}` }.b }`);
print(`line1
line2`.length);
print(`a\
b`);
print(`\x41\u0042\u{43}\t|\0|`.length, `\x41\u0042\u{43}`);
print(`\`\${}`);
print(`$ {x} $x {x}`);
print(typeof `plain`, `plain` === 'plain');
print(`${null} ${undefined} ${true} ${[1, 2]} ${{}}`);
print(`\r\n`.length, `
` === '\n');
var order = [];
function f(n) { order.push(n); return n; }
`${f(1)}${f(2)}${f(3)}`;
print(order.join());
try {
  `${{ toString: function () { throw new Error('boom'); } }}`;
} catch (e) {
  print(e.message);
}
var multi = `a${1}
b${2}`;
print(multi === 'a1\nb2');
