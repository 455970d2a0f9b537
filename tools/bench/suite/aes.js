// AES-style block cipher: an S-box computed from GF(2^8) inverses, byte
// substitution, row shifts, column mixing and round keys, run in counter
// mode over a buffer (the structure of AES-128, checked for determinism,
// not against test vectors).
function xtime(b) { return ((b << 1) ^ (b & 0x80 ? 0x1b : 0)) & 255; }
function gmul(a, b) {
    var p = 0;
    while (b) { if (b & 1) p ^= a; a = xtime(a); b >>= 1; }
    return p;
}
// Powers of the generator 3 give the multiplicative inverses.
var EXP = [], LOG = [];
for (var e = 0, v = 1; e < 255; e++) { EXP[e] = v; LOG[v] = e; v = gmul(v, 3); }
EXP[255] = EXP[0];
var SBOX = [];
for (var i = 0; i < 256; i++) {
    var inv = i ? EXP[255 - LOG[i]] : 0;
    var s = inv, x = inv;
    for (var r = 0; r < 4; r++) { x = ((x << 1) | (x >> 7)) & 255; s ^= x; }
    SBOX.push(s ^ 0x63);
}
function expandKey(key) {
    var w = key.slice(), rcon = 1;
    for (var k = 16; k < 176; k += 4) {
        var t = [w[k - 4], w[k - 3], w[k - 2], w[k - 1]];
        if (k % 16 === 0) {
            t = [SBOX[t[1]] ^ rcon, SBOX[t[2]], SBOX[t[3]], SBOX[t[0]]];
            rcon = xtime(rcon);
        }
        for (var m = 0; m < 4; m++) w.push(w[k - 16 + m] ^ t[m]);
    }
    return w;
}
function encryptBlock(block, w) {
    var s = block.slice(0, 16), t = new Array(16);
    for (var i = 0; i < 16; i++) s[i] ^= w[i];
    for (var round = 1; round <= 10; round++) {
        for (i = 0; i < 16; i++) t[i] = SBOX[s[(i + 4 * (i & 3)) & 15]];  // sub + shift rows
        for (var c = 0; c < 16; c += 4) {
            var a0 = t[c], a1 = t[c + 1], a2 = t[c + 2], a3 = t[c + 3];
            if (round < 10) {
                var all = a0 ^ a1 ^ a2 ^ a3;
                s[c] = a0 ^ all ^ xtime(a0 ^ a1);
                s[c + 1] = a1 ^ all ^ xtime(a1 ^ a2);
                s[c + 2] = a2 ^ all ^ xtime(a2 ^ a3);
                s[c + 3] = a3 ^ all ^ xtime(a3 ^ a0);
            } else {
                s[c] = a0; s[c + 1] = a1; s[c + 2] = a2; s[c + 3] = a3;
            }
        }
        for (i = 0; i < 16; i++) s[i] ^= w[round * 16 + i];
    }
    return s;
}
var key = [];
for (var q = 0; q < 16; q++) key.push((q * 17 + 3) & 255);
var w = expandKey(key);
var counter = new Array(16), sum = 0, last = null;
for (var n = 0; n < 450; n++) {
    for (var b = 0; b < 16; b++) counter[b] = (n >> (b & 7)) & 255;
    last = encryptBlock(counter, w);
    for (b = 0; b < 16; b++) sum = (sum * 31 + last[b]) % 1000000007;
}
print('aes', SBOX[0], SBOX[1], SBOX[255], sum, last.join('.'));
