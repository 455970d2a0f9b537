// String methods of ES2015 to ES2024. Strings are UTF-16 code units:
// surrogate pairs are joined by the code point methods only.
function codes(s) { var r = []; for (var i = 0; i < s.length; i++) r.push(s.charCodeAt(i).toString(16)); return r.join(','); }
function err(f) { try { f(); return 'no error'; } catch (e) { return e.name + ': ' + e.message; } }

// String.raw and String.fromCodePoint
print('raw', String.raw`a\n${1}b${2}`, String.raw({ raw: ['x', 'y', 'z'] }, 1), String.raw({ raw: { length: 0 } }) === '',
    String.raw({ raw: 'abc' }, '-', '+', '*'), String.raw({ raw: { length: 2, 0: 'p', 1: 'q' } }), String.raw.length);
print(err(function () { String.raw(); }), err(function () { String.raw({}); }));
print('fromCodePoint', codes(String.fromCodePoint(0x1F600, 65, 0xFFFF, 0x10FFFF, 0xD800)), String.fromCodePoint().length,
    String.fromCodePoint('66', 67.0), String.fromCodePoint.length);
print(err(function () { String.fromCodePoint(-1); }));
print(err(function () { String.fromCodePoint(1.5); }));
print(err(function () { String.fromCodePoint(0x110000); }));
print(err(function () { String.fromCodePoint(NaN); }));
print(err(function () { String.fromCodePoint(Infinity); }));

// codePointAt and at
var p = '\uD83D\uDE00x\uDC00';
print('codePointAt', p.codePointAt(0), p.codePointAt(1), p.codePointAt(2), p.codePointAt(3), p.codePointAt(4),
    p.codePointAt(-1), 'a'.codePointAt(), '\uD800'.codePointAt(0), '\uD800a'.codePointAt(0));
print('at', 'abc'.at(0), 'abc'.at(-1), 'abc'.at(-3), 'abc'.at(3), 'abc'.at(-4), 'abc'.at(1.7), 'abc'.at('1'), 'abc'.at(), codes(p.at(0)));

// startsWith, endsWith, includes
print('startsWith', 'abc'.startsWith('ab'), 'abc'.startsWith('b', 1), 'abc'.startsWith('', 3), 'abc'.startsWith('c', 5),
    'abc'.startsWith('a', -5), 'abc'.startsWith('abcd'), 'abc'.startsWith(), 'undefined'.startsWith());
print('endsWith', 'abc'.endsWith('c'), 'abc'.endsWith('b', 2), 'abc'.endsWith('abcd'), 'abc'.endsWith('a', 1),
    'abc'.endsWith('', 0), 'abc'.endsWith('c', Infinity), 'abc'.endsWith('a', -1), 'abc'.endsWith('', -1));
print('includes', 'abc'.includes('bc'), 'abc'.includes(''), 'abc'.includes('a', 1), 'abc'.includes('c', 2), 'abc'.includes('x'),
    'a\u0100b'.includes('\u0100'), 'ab'.includes('\u0100'), 'null'.includes(null));
print(err(function () { 'abc'.startsWith(/a/); }));
print(err(function () { 'abc'.endsWith(/c/); }));
print(err(function () { 'abc'.includes(/b/); }));
var notRegExp = /a/;
notRegExp[Symbol.match] = false;
var regExpLike = { toString: function () { return 'x'; } };
regExpLike[Symbol.match] = true;
print('IsRegExp', '/a/'.includes(notRegExp), err(function () { 'x'.includes(regExpLike); }));
print(err(function () { String.prototype.includes.call(null, 'a'); }));
print(err(function () { String.prototype.startsWith.call(undefined, 'a'); }));

// repeat
print('repeat', 'ab'.repeat(3), 'x'.repeat(0) === '', ''.repeat(5) === '', 'ab'.repeat(2.9), 'a'.repeat('2'), 'a'.repeat(NaN) === '', ''.repeat(2 ** 40) === '');
print(err(function () { 'a'.repeat(-1); }));
print(err(function () { 'a'.repeat(Infinity); }));
print(err(function () { 'a'.repeat(-Infinity); }));
print(err(function () { 'ab'.repeat(2 ** 30); }).split(':')[0]);

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

// normalize: the form is checked (the text is returned as it is)
print('normalize', 'abc'.normalize(), 'abc'.normalize('NFC'), 'abc'.normalize('NFD'), 'abc'.normalize('NFKC'), 'abc'.normalize('NFKD'),
    'abc'.normalize(undefined), String.prototype.normalize.length);
print(err(function () { 'a'.normalize('nfc'); }));
print(err(function () { 'a'.normalize(null); }));
print(err(function () { String.prototype.normalize.call(null); }));

// lengths and names of the new methods
['codePointAt', 'startsWith', 'endsWith', 'includes', 'repeat', 'padStart', 'padEnd', 'trimStart', 'trimEnd', 'at',
    'isWellFormed', 'toWellFormed', 'replaceAll', 'normalize'].forEach(function (k) {
    var f = String.prototype[k], d = Object.getOwnPropertyDescriptor(String.prototype, k);
    print(k, f.length, f.name, d.writable, d.enumerable, d.configurable);
});
