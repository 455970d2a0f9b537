// Uint8Array base64 and hex (ES2026 23.3). Node 20 has none of these
// methods: the expected lines are written by hand from the spec (the
// encodings checked against node's Buffer).
function tryIt(label, f) {
  try { print(label, f()); } catch (e) { print(label, e.name); }
}
const bytes = new Uint8Array([0, 1, 2, 250, 251, 252, 253, 254, 255, 72]);
print(bytes.toBase64());
print(bytes.toBase64({ alphabet: 'base64url' }));
print(bytes.toBase64({ omitPadding: true }));
print(bytes.toHex());
print(new Uint8Array(0).toBase64() === '', new Uint8Array(0).toHex() === '');
print(Uint8Array.fromBase64('AAEC+vv8/f7/SA==').join());
print(Uint8Array.fromBase64('AAEC-vv8_f7_SA', { alphabet: 'base64url' }).join());
print(Uint8Array.fromBase64(' AA EC\n+v v8 ').join());
print(Uint8Array.fromHex('0001FAff').join());
tryIt('bad char', () => Uint8Array.fromBase64('AA*A'));
tryIt('url char in base64', () => Uint8Array.fromBase64('AA-A'));
tryIt('strict partial', () => Uint8Array.fromBase64('AAE', { lastChunkHandling: 'strict' }));
tryIt('strict extra bits', () => Uint8Array.fromBase64('AAF=', { lastChunkHandling: 'strict' }));
tryIt('loose extra bits', () => Uint8Array.fromBase64('AAF=').join());
tryIt('stop-before-partial', () => Uint8Array.fromBase64('AAECAw', { lastChunkHandling: 'stop-before-partial' }).join());
tryIt('odd hex', () => Uint8Array.fromHex('abc'));
tryIt('bad hex', () => Uint8Array.fromHex('zz'));
tryIt('not a string', () => Uint8Array.fromBase64(12));
tryIt('bad alphabet', () => Uint8Array.fromBase64('AA==', { alphabet: 'hex' }));
tryIt('bad options', () => Uint8Array.fromBase64('AA==', 5));
tryIt('toHex on Int8Array', () => Uint8Array.prototype.toHex.call(new Int8Array(1)));
const target = new Uint8Array(5);
print(JSON.stringify(target.setFromBase64('AQIDBAUGBwg=')), target.join());
const small = new Uint8Array(4);
print(JSON.stringify(small.setFromBase64('AQIDBAUG')), small.join());
const hexTarget = new Uint8Array(3);
print(JSON.stringify(hexTarget.setFromHex('a1b2c3d4')), hexTarget.join());
const partial = new Uint8Array(6);
tryIt('error after a chunk', () => partial.setFromBase64('AQID*AAA'));
print(partial.join());
print(typeof Uint8Array.fromBase64, typeof Int8Array.fromBase64, typeof Int8Array.prototype.toBase64);
