// Typed arrays: the constructors and their forms, element conversion per
// type, the integer-indexed exotic behaviour and the prototype getters.
function show(label, f) {
  try { print(label, f()); } catch (e) { print(label, e.name); }
}
var kinds = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array];
var values = [0, -1, 1.5, 2.5, -2.5, 127, 128, 255, 256, 300, -129, 32768, 65536, 2147483648, 4294967297, 1e40, NaN, Infinity, -Infinity, "7", true, null, undefined, 0.1];
kinds.forEach(function (K) {
  var a = new K(values.length);
  for (var i = 0; i < values.length; i++) a[i] = values[i];
  print(K.name, K.BYTES_PER_ELEMENT, K.prototype.BYTES_PER_ELEMENT, a.length, a.byteLength, a.join(" "));
});
print(new Float32Array([0.1])[0], new Float64Array([-0])[0] === 0, 1 / new Float64Array([-0])[0]);
// Constructor forms.
print(new Uint8Array().length, new Uint8Array(3).join(), new Uint8Array([1, 2, 3]).join());
print(new Int16Array({ length: 2, 0: 5, 1: "6" }).join(), new Int16Array([9]).join());
print(new Uint8Array(new Float64Array([1.7, -1, 300])).join(), new Float32Array(new Int8Array([-1, 2])).join());
var buf = new ArrayBuffer(8);
print(new Int16Array(buf).length, new Int16Array(buf, 2).length, new Int16Array(buf, 2, 1).length, new Int16Array(buf, 8).length);
show("odd offset", function () { return new Int16Array(buf, 1); });
show("length past end", function () { return new Int32Array(buf, 4, 2); });
show("buffer not multiple", function () { return new Int32Array(new ArrayBuffer(6)); });
show("offset past end", function () { return new Int8Array(buf, 9); });
show("negative length", function () { return new Uint8Array(-1); });
show("call", function () { return Uint8Array(2); });
show("abstract", function () { var TA = Object.getPrototypeOf(Int8Array); return new TA(); });
var iterable = {};
iterable[Symbol.iterator] = function () {
  var n = 0;
  return { next: function () { n++; return { value: n, done: n > 3 }; } };
};
print(new Int8Array(iterable).join());
// Views share bytes.
var u8 = new Uint8Array(buf), u32 = new Uint32Array(buf);
u32[0] = 0x01020304;
print(u8[0], u8[1], u8[2], u8[3]);
// Integer-indexed exotic behaviour.
var ta = new Int8Array(2);
Object.prototype["-0"] = "proto"; Int8Array.prototype[5] = "proto"; Object.prototype["1.5"] = "proto";
print(ta[5], ta["-0"], ta["1.5"], ta[-1], ta["2"], 5 in ta, "-0" in ta, "1" in ta, "1.5" in ta);
delete Object.prototype["-0"]; delete Int8Array.prototype[5]; delete Object.prototype["1.5"];
ta[5] = 1; ta["-0"] = 1; ta[1.5] = 1;
print(Object.keys(ta).join(), ta.hasOwnProperty(5), ta.hasOwnProperty("-0"));
ta.foo = "bar"; ta["01"] = 4;
print(ta.foo, ta["01"], Object.keys(ta).join());
print(JSON.stringify(Object.getOwnPropertyDescriptor(ta, 0)), Object.getOwnPropertyDescriptor(ta, 2));
print(delete ta[5], delete ta[0], delete ta["-0"]);
show("strict delete", function () { "use strict"; return delete ta[0]; });
show("define accessor", function () { return Object.defineProperty(ta, 0, { get: function () { return 1; } }); });
show("define non-writable", function () { return Object.defineProperty(ta, 0, { value: 1, writable: false }); });
show("define out of range", function () { return Object.defineProperty(ta, 9, { value: 1 }); });
Object.defineProperty(ta, 1, { value: 42 });
print(ta[1]);
var count = 0;
ta[0] = { valueOf: function () { count++; return 3; } };
ta[9] = { valueOf: function () { count++; return 3; } };
print(ta[0], count);
for (var k in new Uint8Array(3)) print("key", k);
// Getters.
var sub = new Uint16Array(new ArrayBuffer(12), 4, 3);
print(sub.buffer.byteLength, sub.byteLength, sub.byteOffset, sub.length, Object.prototype.toString.call(sub));
var getter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Int8Array.prototype), "length").get;
show("length getter on array", function () { return getter.call([1]); });
print(Object.getPrototypeOf(Int8Array.prototype)[Symbol.toStringTag], getter.call(new Float64Array(5)));
class Bytes extends Uint8Array { sum() { var s = 0; for (var i = 0; i < this.length; i++) s += this[i]; return s; } }
var by = new Bytes([1, 2, 3]);
print(by instanceof Bytes, by instanceof Uint8Array, by.sum(), by.length);
