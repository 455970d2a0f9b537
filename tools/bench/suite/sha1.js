// SHA-1 over generated messages, 32-bit words, big-endian.
function sha1(bytes) {
    var n = bytes.length, blocks = ((n + 8) >> 6) + 1, words = new Array(blocks * 16);
    for (var i = 0; i < words.length; i++) words[i] = 0;
    for (var b = 0; b < n; b++) words[b >> 2] |= bytes[b] << (24 - (b & 3) * 8);
    words[n >> 2] |= 0x80 << (24 - (n & 3) * 8);
    words[blocks * 16 - 1] = n * 8;
    var h0 = 0x67452301, h1 = 0xefcdab89 | 0, h2 = 0x98badcfe | 0, h3 = 0x10325476, h4 = 0xc3d2e1f0 | 0;
    var w = new Array(80);
    for (var blk = 0; blk < words.length; blk += 16) {
        for (var t = 0; t < 16; t++) w[t] = words[blk + t];
        for (t = 16; t < 80; t++) { var x = w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16]; w[t] = (x << 1) | (x >>> 31); }
        var a = h0, bb = h1, c = h2, d = h3, e = h4;
        for (t = 0; t < 80; t++) {
            var f, k;
            if (t < 20) { f = (bb & c) | (~bb & d); k = 0x5a827999; }
            else if (t < 40) { f = bb ^ c ^ d; k = 0x6ed9eba1; }
            else if (t < 60) { f = (bb & c) | (bb & d) | (c & d); k = 0x8f1bbcdc | 0; }
            else { f = bb ^ c ^ d; k = 0xca62c1d6 | 0; }
            var tmp = (((a << 5) | (a >>> 27)) + f + e + k + w[t]) | 0;
            e = d; d = c; c = (bb << 30) | (bb >>> 2); bb = a; a = tmp;
        }
        h0 = (h0 + a) | 0; h1 = (h1 + bb) | 0; h2 = (h2 + c) | 0; h3 = (h3 + d) | 0; h4 = (h4 + e) | 0;
    }
    return [h0, h1, h2, h3, h4];
}
function hex(words) {
    var s = '';
    for (var i = 0; i < words.length; i++) s += ((words[i] >>> 16) | 0x10000).toString(16).slice(1) + ((words[i] & 0xffff) | 0x10000).toString(16).slice(1);
    return s;
}
var msg = [];
for (var q = 0; q < 4096; q++) msg.push((q * 97 + 13) & 255);
var out = '';
for (var r = 0; r < 16; r++) { msg[r] = 255 - r; out = hex(sha1(msg)); }
print('sha1', out, hex(sha1([97, 98, 99])));
