// DataView: construction and its errors, the getters, and get/set of every
// type in both byte orders (big-endian by default).
function show(label, f) {
  try { print(label, f()); } catch (e) { print(label, e.name); }
}
var b = new ArrayBuffer(16);
var dv = new DataView(b, 2, 12);
print(dv.byteLength, dv.byteOffset, dv.buffer === b, Object.prototype.toString.call(dv));
print(new DataView(b).byteLength, new DataView(b, 16).byteLength);
show("no buffer", function () { return new DataView({}); });
show("offset past end", function () { return new DataView(b, 17); });
show("length past end", function () { return new DataView(b, 8, 9); });
show("call", function () { return DataView(b); });
dv.setInt8(0, -2);
print(dv.getInt8(0), dv.getUint8(0));
dv.setUint16(0, 0xabcd);
print(dv.getUint16(0), dv.getUint16(0, true), dv.getInt16(0), dv.getUint8(0), dv.getUint8(1));
dv.setInt16(2, -300, true);
print(dv.getInt16(2, true), dv.getInt16(2));
dv.setUint32(4, 0xdeadbeef);
print(dv.getUint32(4), dv.getInt32(4), dv.getUint32(4, true).toString(16));
dv.setInt32(4, -123456789, true);
print(dv.getInt32(4, true), dv.getUint32(4, true));
dv.setFloat32(0, Math.PI);
print(dv.getFloat32(0), dv.getFloat32(0, true));
dv.setFloat64(4, -0.1, true);
print(dv.getFloat64(4, true), dv.getFloat64(4));
dv.setFloat64(0, NaN);
print(dv.getFloat64(0), 1 / dv.getFloat64(0) === 1 / NaN);
dv.setUint8(0, 257);
print(dv.getUint8(0));
show("read past end", function () { return dv.getUint32(9); });
show("write past end", function () { return dv.setFloat64(5, 1); });
show("negative index", function () { return dv.getInt8(-1); });
show("getter on other", function () { return DataView.prototype.getInt8.call(new Uint8Array(4), 0); });
print(new Uint8Array(b).join());
