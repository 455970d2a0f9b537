// String methods of ES2015 (ES2017 to ES2024: string_es2017_es2024.js). Strings are UTF-16 code units:
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

// codePointAt
var p = '\uD83D\uDE00x\uDC00';
print('codePointAt', p.codePointAt(0), p.codePointAt(1), p.codePointAt(2), p.codePointAt(3), p.codePointAt(4),
    p.codePointAt(-1), 'a'.codePointAt(), '\uD800'.codePointAt(0), '\uD800a'.codePointAt(0));

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

// normalize: the form is checked (the text is returned as it is)
print('normalize', 'abc'.normalize(), 'abc'.normalize('NFC'), 'abc'.normalize('NFD'), 'abc'.normalize('NFKC'), 'abc'.normalize('NFKD'),
    'abc'.normalize(undefined), String.prototype.normalize.length);
print(err(function () { 'a'.normalize('nfc'); }));
print(err(function () { 'a'.normalize(null); }));
print(err(function () { String.prototype.normalize.call(null); }));

// lengths and names of the new methods
['codePointAt', 'startsWith', 'endsWith', 'includes', 'repeat', 'normalize'].forEach(function (k) {
    var f = String.prototype[k], d = Object.getOwnPropertyDescriptor(String.prototype, k);
    print(k, f.length, f.name, d.writable, d.enumerable, d.configurable);
});
