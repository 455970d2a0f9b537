// Base64 encoding and decoding of generated text, with a table lookup per
// 6-bit group; round trips are checked.
var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
var DECODE = {};
for (var i = 0; i < 64; i++) DECODE[ALPHABET.charAt(i)] = i;
function encode(s) {
    var out = [], n = s.length, i = 0;
    for (; i + 2 < n; i += 3) {
        var v = (s.charCodeAt(i) << 16) | (s.charCodeAt(i + 1) << 8) | s.charCodeAt(i + 2);
        out.push(ALPHABET.charAt(v >> 18) + ALPHABET.charAt((v >> 12) & 63) + ALPHABET.charAt((v >> 6) & 63) + ALPHABET.charAt(v & 63));
    }
    if (n - i === 1) {
        var a = s.charCodeAt(i) << 16;
        out.push(ALPHABET.charAt(a >> 18) + ALPHABET.charAt((a >> 12) & 63) + '==');
    } else if (n - i === 2) {
        var b = (s.charCodeAt(i) << 16) | (s.charCodeAt(i + 1) << 8);
        out.push(ALPHABET.charAt(b >> 18) + ALPHABET.charAt((b >> 12) & 63) + ALPHABET.charAt((b >> 6) & 63) + '=');
    }
    return out.join('');
}
function decode(s) {
    var out = [], n = s.length;
    for (var i = 0; i < n; i += 4) {
        var v = (DECODE[s.charAt(i)] << 18) | (DECODE[s.charAt(i + 1)] << 12);
        var c2 = s.charAt(i + 2), c3 = s.charAt(i + 3);
        if (c2 !== '=') v |= DECODE[c2] << 6;
        if (c3 !== '=') v |= DECODE[c3];
        out.push(String.fromCharCode(v >> 16));
        if (c2 !== '=') out.push(String.fromCharCode((v >> 8) & 255));
        if (c3 !== '=') out.push(String.fromCharCode(v & 255));
    }
    return out.join('');
}
var words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'];
var parts = [];
for (var k = 0; k < 1200; k++) parts.push(words[k % 8] + (k * 7919 % 1000));
var text = parts.join(' ');
var sum = 0, enc = '';
for (var r = 0; r < 3; r++) {
    var t = text.substring(r, text.length - r);
    enc = encode(t);
    var dec = decode(enc);
    if (dec !== t) throw new Error('round trip ' + r);
    sum += enc.length + enc.charCodeAt(r * 11) + dec.length;
}
print('base64', sum, enc.substring(0, 40));
