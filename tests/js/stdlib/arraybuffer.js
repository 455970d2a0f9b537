// ArrayBuffer: construction, byteLength, slice, isView, resizable buffers,
// transfer and detaching, and the errors of each.
function show(label, f) {
  try { print(label, f()); } catch (e) { print(label, e.name); }
}
var b = new ArrayBuffer(8);
print(b.byteLength, typeof b, Object.prototype.toString.call(b), b.resizable, b.maxByteLength);
print(new ArrayBuffer().byteLength, new ArrayBuffer(2.7).byteLength, new ArrayBuffer("3").byteLength);
show("negative", function () { return new ArrayBuffer(-1); });
show("huge", function () { return new ArrayBuffer(9007199254740992); });
show("call", function () { return ArrayBuffer(4); });
print(ArrayBuffer.length, ArrayBuffer.name, ArrayBuffer.prototype.constructor === ArrayBuffer);
print(ArrayBuffer.isView(b), ArrayBuffer.isView(new Uint8Array(b)), ArrayBuffer.isView(new DataView(b)), ArrayBuffer.isView([]));
var u = new Uint8Array(b);
for (var i = 0; i < 8; i++) u[i] = i * 10;
var s = b.slice(2, 5);
print(s.byteLength, new Uint8Array(s).join());
print(new Uint8Array(b.slice(-3)).join(), new Uint8Array(b.slice(6, 2)).length, new Uint8Array(b.slice()).join());
show("slice on other", function () { return ArrayBuffer.prototype.slice.call({}, 0); });
show("getter on other", function () { return Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, "byteLength").get.call([]); });
// Resizable.
var r = new ArrayBuffer(4, { maxByteLength: 16 });
print(r.resizable, r.byteLength, r.maxByteLength);
var tracking = new Uint8Array(r), fixed = new Uint8Array(r, 0, 4);
tracking[3] = 7;
r.resize(10);
print(r.byteLength, tracking.length, fixed.length, tracking[3], tracking[9]);
r.resize(2);
print(r.byteLength, tracking.length, fixed.length, fixed.byteLength, fixed[0]);
show("resize too far", function () { return r.resize(17); });
show("resize fixed", function () { return b.resize(4); });
show("max below length", function () { return new ArrayBuffer(8, { maxByteLength: 4 }); });
print(new ArrayBuffer(3, {}).resizable, new ArrayBuffer(3, { maxByteLength: undefined }).resizable);
