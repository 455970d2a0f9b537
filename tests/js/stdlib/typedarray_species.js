// TypedArraySpeciesCreate (filter, map, slice, subarray) and the
// @@species getters of %TypedArray% and ArrayBuffer.
var d = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Int8Array), Symbol.species);
print(d.get.name, d.configurable, d.enumerable, Int8Array[Symbol.species] === Int8Array);
d = Object.getOwnPropertyDescriptor(ArrayBuffer, Symbol.species);
print(d.get.name, d.configurable, ArrayBuffer[Symbol.species] === ArrayBuffer);

class X extends Int16Array {}
var x = new X([1, 2, 3, 4]);
print(x.map(v => v * 2) instanceof X, x.filter(v => v > 1) instanceof X, x.slice(1) instanceof X);
print(x.subarray(1, 3) instanceof X, x.subarray(1, 3).join(), x.filter(v => v > 2).join());

// constructor is read once, then @@species; the species may change the kind.
var calls = [];
var a = new Uint8Array([5, 6, 7]);
Object.defineProperty(a, "constructor", {
  get() {
    calls.push("constructor");
    return { get [Symbol.species]() { calls.push("species"); return function (n) { calls.push("new " + n); return new Float64Array(n); }; } };
  }
});
var r = a.map(v => v / 2);
print(r.constructor.name, r.join(), calls.join());
calls = [];
print(a.slice(1).join(), a.filter(v => v != 6).join(), calls.join());
calls = [];
try { a.subarray(1); } catch (e) { print(e.name, calls.join()); }

// subarray passes (buffer, byteOffset, length) to the species constructor.
var seen;
var s = new Uint16Array([1, 2, 3, 4, 5]);
s.constructor = { [Symbol.species]: function (buf, off, len) { seen = [buf === s.buffer, off, len]; return new Uint16Array(buf, off, len); } };
print(s.subarray(1, 3).join(), seen.join());

function check(label, f) {
  try { print(label, f()); } catch (e) { print(label, e.name); }
}
function withSpecies(ta, species) { ta.constructor = { [Symbol.species]: species }; return ta; }
check("not a typed array", () => withSpecies(new Uint8Array(2), function () { return {}; }).slice());
check("too short", () => withSpecies(new Uint8Array(4), function () { return new Uint8Array(1); }).filter(() => true));
check("constructor not an object", () => { var b = new Uint8Array(2); b.constructor = 1; return b.map(v => v); });
check("species not a constructor", () => withSpecies(new Uint8Array(2), 1).subarray());
check("species null", () => withSpecies(new Uint8Array(2), null).slice().constructor.name);
check("constructor undefined", () => { var b = new Uint8Array([1, 2]); b.constructor = undefined; return b.subarray(1).join(); });
check("longer result", () => withSpecies(new Int8Array([1, 2]), function (n) { return new Int8Array(n + 2); }).slice().join());
check("other kind slice", () => withSpecies(new Float32Array([1.5, -2.5, 300]), function (n) { return new Int8Array(n); }).slice().join());

// A species view of the same buffer: slice copies forwards.
var buf = new ArrayBuffer(5);
var src = new Uint8Array(buf);
src.set([10, 20, 30, 40, 50]);
withSpecies(src, function (n) { return new Uint8Array(buf, 1, n); });
print(src.slice(0, 3).join(), src.join());
