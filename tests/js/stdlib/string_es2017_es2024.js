// String methods of ES2017 to ES2024: padStart/padEnd, trimStart/trimEnd,
// at, isWellFormed/toWellFormed, replaceAll. Strings are UTF-16 code units.
function codes(s) { var r = []; for (var i = 0; i < s.length; i++) r.push(s.charCodeAt(i).toString(16)); return r.join(','); }
function err(f) { try { f(); return 'no error'; } catch (e) { return e.name + ': ' + e.message; } }
var p = '\uD83D\uDE00x\uDC00';

// at
print('at', 'abc'.at(0), 'abc'.at(-1), 'abc'.at(-3), 'abc'.at(3), 'abc'.at(-4), 'abc'.at(1.7), 'abc'.at('1'), 'abc'.at(), codes(p.at(0)));

// padStart and padEnd
print('pad', '5'.padStart(3, '0'), 'abc'.padEnd(8, '12'), 'abc'.padStart(2), '[' + 'x'.padEnd(3) + ']', 'x'.padStart(5, ''),
    'abc'.padStart(7, 'de'), 'abc'.padStart(-1, 'z'), 'a'.padEnd(3, null), 'a'.padStart(NaN, 'z'), 'a'.padStart(3, undefined) + '|');
print(err(function () { 'a'.padStart(2 ** 31, 'x'); }).split(':')[0]);

// trimStart, trimEnd and the Annex B names
var ws = ' \t\n\u00a0\ufeff\u2028x y\u3000\r ';
print('trim', '[' + ws.trimStart() + ']' === '[x y\u3000\r ]', '[' + ws.trimEnd() + ']' === '[ \t\n\u00a0\ufeff\u2028x y]',
    String.prototype.trimLeft === String.prototype.trimStart, String.prototype.trimRight === String.prototype.trimEnd,
    String.prototype.trimLeft.name, String.prototype.trimRight.name, 'abc'.trimStart() === 'abc');
print(err(function () { String.prototype.trimStart.call(null); }).split(':')[0]);

// isWellFormed and toWellFormed
print('wellFormed', 'ab\uD800'.isWellFormed(), 'ab'.isWellFormed(), p.isWellFormed(), '\uD83D\uDE00'.isWellFormed(),
    codes('a\uD800b\uDC00'.toWellFormed()), codes('\uDE00\uD83D'.toWellFormed()), codes('\uD83D\uDE00'.toWellFormed()), 'caf\u00e9'.toWellFormed());

// replaceAll
print('replaceAll', 'a.b.c'.replaceAll('.', '-'), 'abc'.replaceAll('', '_'), 'aaa'.replaceAll('a', function (m, i, s) { return i + s.length; }),
    'x-x'.replaceAll('x', '$&$&'), 'x-x'.replaceAll('x', "$'$`"), 'a1b2'.replaceAll(/\d/g, 'N'), 'aaaa'.replaceAll('aa', 'b'),
    'abc'.replaceAll('z', 'y'), 'a$b'.replaceAll('$', '$$'), 'ab'.replaceAll('b', '$1'));
print(err(function () { 'a'.replaceAll(/a/, 'b'); }));
print(err(function () { 'a'.replaceAll(/a/i, 'b'); }));
print(err(function () { String.prototype.replaceAll.call(null, 'a', 'b'); }));
var flagless = /a/g;
Object.defineProperty(flagless, 'flags', { value: undefined });
print(err(function () { 'a'.replaceAll(flagless, 'b'); }).split(':')[0]);
var custom = { [Symbol.replace]: function (s, r) { return 'custom:' + s + ':' + r; } };
print('protocol', 'abc'.replaceAll(custom, 'R'), 'abc'.replace(custom, 'R'));


var names = ['padStart', 'padEnd', 'trimStart', 'trimEnd', 'at', 'isWellFormed', 'toWellFormed', 'replaceAll'];
for (var i = 0; i < names.length; i++) {
    var f = String.prototype[names[i]], d = Object.getOwnPropertyDescriptor(String.prototype, names[i]);
    print(names[i], f.length, f.name, d.writable, d.enumerable, d.configurable);
}
