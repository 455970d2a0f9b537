// ArrayBuffer.prototype.transfer / transferToFixedLength / detached (ES2024)
// and what detaching does to views. Node 20 lacks these methods: the
// expected lines were written by hand from the spec (ES2024 25.1.6.7-25.1.6.9,
// ArrayBufferCopyAndDetach 25.1.3.3; TypedArrayLength 10.4.5.12 gives 0 and
// Get gives undefined once detached; DataView getters throw TypeError).
function show(label, f) {
  try { print(label, f()); } catch (e) { print(label, e.name); }
}
print(new ArrayBuffer(1).detached);
// Transfer.
var t = new ArrayBuffer(4);
new Uint8Array(t)[1] = 9;
var view = new Uint8Array(t);
var moved = t.transfer();
print(t.detached, t.byteLength, moved.byteLength, new Uint8Array(moved)[1], view.length, view[1], view.byteOffset);
show("slice detached", function () { return t.slice(0); });
show("transfer detached", function () { return t.transfer(); });
show("view on detached", function () { return new Uint8Array(t); });
show("method on detached view", function () { return view.join(); });
var longer = moved.transfer(6);
print(longer.byteLength, new Uint8Array(longer).join());
var shorter = longer.transferToFixedLength(1);
print(shorter.byteLength, shorter.resizable, new Uint8Array(shorter).join());
var rr = new ArrayBuffer(2, { maxByteLength: 8 });
print(rr.transfer().resizable, new ArrayBuffer(2, { maxByteLength: 8 }).transferToFixedLength().resizable);
var b = new ArrayBuffer(16);
var dv = new DataView(b, 2, 12);
var t = b.transfer();
show("detached read", function () { return dv.getInt8(0); });
show("detached byteLength", function () { return dv.byteLength; });
print(dv.buffer === b);
var r = new ArrayBuffer(4, { maxByteLength: 8 });
var track = new DataView(r);
r.resize(8);
print(track.byteLength);
print(ArrayBuffer.prototype.transfer.length, ArrayBuffer.prototype.transferToFixedLength.length);
