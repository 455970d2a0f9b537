// SharedArrayBuffer and Atomics on one agent: every operation on integer
// arrays of a shared buffer (and BigInt64Array), the errors of validation,
// growable buffers, slice, views, Atomics.wait returning "not-equal" and
// "timed-out", Atomics.notify finding no waiter.
var sab = new SharedArrayBuffer(16);
print(Object.prototype.toString.call(sab), sab.byteLength, sab.growable, sab.maxByteLength);
var ia = new Int32Array(sab);
print(Atomics.store(ia, 0, 5), Atomics.add(ia, 0, 3), Atomics.load(ia, 0));
print(Atomics.sub(ia, 0, 10), ia[0], Atomics.and(ia, 0, 6), Atomics.or(ia, 0, 1), Atomics.xor(ia, 0, 3), ia[0]);
print(Atomics.exchange(ia, 1, 42), Atomics.compareExchange(ia, 1, 42, 7), Atomics.compareExchange(ia, 1, 0, 9), ia[1]);
print(Atomics.wait(ia, 0, 123), Atomics.wait(ia, 0, ia[0], 0), Atomics.notify(ia, 0), Atomics.isLockFree(4), Atomics.isLockFree(3));
var u8 = new Uint8Array(sab);
print(Atomics.add(u8, 15, 300), u8[15], Atomics.sub(u8, 14, 1), u8[14]);
try { Atomics.add(new Float64Array(4), 0, 1); } catch (e) { print(e.constructor.name); }
try { Atomics.load(ia, 4); } catch (e) { print(e.constructor.name); }
try { Atomics.wait(new Int32Array(4), 0, 0, 0); } catch (e) { print(e.constructor.name); }
try { ArrayBuffer.prototype.slice.call(sab); } catch (e) { print(e.constructor.name); }
try { SharedArrayBuffer.prototype.slice.call(new ArrayBuffer(2)); } catch (e) { print(e.constructor.name); }
var g = new SharedArrayBuffer(4, { maxByteLength: 12 });
print(g.growable, g.maxByteLength); g.grow(8); print(g.byteLength);
try { g.grow(4); } catch (e) { print(e.constructor.name); }
var s2 = sab.slice(12); print(s2.byteLength, s2 instanceof SharedArrayBuffer, new Uint8Array(s2)[3]);
var b64 = new BigInt64Array(new SharedArrayBuffer(16));
print(Atomics.add(b64, 0, 5n), Atomics.load(b64, 0), Atomics.compareExchange(b64, 0, 5n, -1n), b64[0]);
var dv = new DataView(sab); print(dv.getInt32(0, true));
print(ArrayBuffer.isView(ia), ia.buffer === sab);
var t0 = Date.now();
print(Atomics.wait(ia, 2, 0, 30), Date.now() - t0 >= 29);
print(Atomics.wait(ia, 2, 0, -5), Atomics.notify(ia, 2, 5), Atomics.notify(new Int32Array(4), 0));
var ev = [];
var idx = { valueOf: function () { ev.push('index'); return 1; } };
var val = { valueOf: function () { ev.push('value'); return 2; } };
Atomics.store(ia, idx, val);
print(ev.join(), ia[1], Atomics.store(ia, 0, -0) === 0 && 1 / Atomics.store(ia, 0, -0), Atomics.store(ia, 0, 3.7));
try { Atomics.store(new Uint8ClampedArray(sab), 0, 1); } catch (e) { print(e.constructor.name); }
try { Atomics.wait(new Int16Array(sab), 0, 0, 0); } catch (e) { print(e.constructor.name); }
