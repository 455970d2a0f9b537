// Float16Array, DataView getFloat16/setFloat16 and Math.f16round (ES2025).
// node 20 has none of these: float16.expected is written by hand from the
// spec (roundTiesToEven to IEEE 754 binary16), each value checked against
// its exact binary16 encoding, noted beside the case:
//   0.1 -> 0x2E66 = 1638/16384 = 0.0999755859375; 65504 = 0x7BFF (largest);
//   65520 is the tie between 65504 and 2^16, goes to the even: Infinity;
//   2^-24 = 5.960464477539063e-8 = 0x0001 (smallest subnormal); 2^-25 is
//   the tie with 0, goes to 0; a hair above it rounds to 2^-24;
//   1 + 2^-11 ties to 1; 1 + 3*2^-11 ties to 1 + 2^-9 = 1.001953125;
//   6.1e-5 -> subnormal 1023 * 2^-24 = 0.00006097555160522461;
//   2049 ties to 2048, 2051 ties to 2052 (spacing 2 above 2048);
//   1.5 = 0x3E00 (bytes 62 0 big-endian); 0x003E read back = 62 * 2^-24.
print(typeof Float16Array, Float16Array.BYTES_PER_ELEMENT, Float16Array.prototype.BYTES_PER_ELEMENT, Float16Array.name, Float16Array.length);
print(Object.getPrototypeOf(Float16Array) === Object.getPrototypeOf(Int8Array), Float16Array.prototype.constructor === Float16Array);
print(Object.prototype.toString.call(new Float16Array(1)));

var f = new Float16Array([1, 0.1, 65504, 65520, 65519.99, -65520]);
print(f.join(), f.length, f.byteLength);
f = new Float16Array([5.960464477539063e-8, 2.9802322387695312e-8, 2.9802322387695312e-8 * 1.0000001, -0, NaN, -Infinity]);
print(f.join(), Object.is(f[3], -0), Object.is(f[1], 0));
f = new Float16Array([1.0009765625, 1.00048828125, 1.00146484375, 2049, 2051, 6.1e-5]);
print(f.join());

print(Math.f16round(0.1), Math.f16round(-1e-10), Object.is(Math.f16round(-1e-10), -0), Math.f16round(6.103515625e-5));
print(Math.f16round("2049"), Math.f16round(2051), Math.f16round(), Math.f16round(65520), Math.f16round(-Infinity));
print(Math.f16round.length, Math.f16round.name, Math.f16round(1e300), Math.f16round(5e-324));

var dv = new DataView(new ArrayBuffer(4));
dv.setFloat16(0, 1.5);
dv.setFloat16(2, 1.5, true);
print(dv.getUint8(0), dv.getUint8(1), dv.getUint8(2), dv.getUint8(3), dv.getFloat16(0), dv.getFloat16(2, true), dv.getFloat16(0, true));
print(DataView.prototype.getFloat16.length, DataView.prototype.setFloat16.length);
try { dv.getFloat16(3); } catch (e) { print(e.name); }
dv.setUint16(0, 0x7c01);
print(dv.getFloat16(0), dv.getFloat16(0) !== dv.getFloat16(0));

// Bytes shared with a Uint16Array: the encodings themselves.
var h = new Float16Array([0.1, 65504, -2, 5.960464477539063e-8, Infinity]);
print(Array.from(new Uint16Array(h.buffer), x => x.toString(16)).join());

class H extends Float16Array {}
print(new H(3).map(x => x + 0.3).join(), new Float16Array(new Float64Array([3.14159])).join());
print(new Float16Array([3, 1, 2]).sort().join(), new Float16Array([0.1]).includes(0.0999755859375), Float16Array.from([0.3]).join());
