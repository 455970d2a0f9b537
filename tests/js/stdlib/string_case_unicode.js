// toUpperCase/toLowerCase through the Unicode case mappings, full mappings
// and final sigma included; RegExp ignoreCase canonicalization.
print('straße'.toUpperCase(), 'ŉ'.toUpperCase(), 'ǰ'.toUpperCase().length, 'ﬃ'.toUpperCase());
print('İstanbul'.toLowerCase().length, 'ΐ'.toUpperCase().length, 'ᾳ'.toUpperCase());
print('ǅ'.toUpperCase(), 'ǅ'.toLowerCase(), 'ǆ'.toUpperCase(), 'Ǆ'.toLowerCase());
print('ƀɓɗ'.toUpperCase(), 'ȺȾ'.toLowerCase(), 'ⱥⱦ'.toUpperCase());
print('ΟΔΥΣΣΕΥΣ'.toLowerCase(), 'Σ'.toLowerCase(), 'ΑΣ Α'.toLowerCase(), 'ΑΣΑ'.toLowerCase());
print('ἀἁὰ'.toUpperCase(), 'ⅰⅱⅲ'.toUpperCase(), 'ⓐⓩ'.toUpperCase(), 'ａｚ'.toUpperCase());
print('ԁԓ'.toUpperCase(), 'ꙁꚙ'.toUpperCase(), 'ꭰ'.toUpperCase(), 'Ꭰ'.toLowerCase());
print('\ud801\udc28\ud801\udc29'.toUpperCase() === '\ud801\udc00\ud801\udc01');
print('\ud801\udc00'.toLowerCase() === '\ud801\udc28', '\ud801x'.toUpperCase() === '\ud801X');
print('ĸſı'.toUpperCase(), 'K'.toLowerCase(), 'Å'.toLowerCase() === '\u00e5');
var all = 0;
for (var i = 0; i < 0x10000; i++) {
    var c = String.fromCharCode(i);
    if (c.toUpperCase() !== c) all += i % 7;
    if (c.toLowerCase() !== c) all += i % 11;
}
print(all);
print(/ſ/i.test('s'), /ſ/i.test('S'), /\u212a/i.test('k'), /ß/i.test('SS'), /σ/i.test('Σ'), /ς/i.test('Σ'));
print(/[α-ω]+/i.exec('ΑΒΓ')[0], /ǆ/i.test('Ǆ'), /ǅ/i.test('ǆ'), /[ǅ]/i.test('Ǆ'), /\u1e9e/i.test('\u00df'));
print('ß'.toLocaleUpperCase(), 'ÀÉÎ'.toLocaleLowerCase());
