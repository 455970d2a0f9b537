// Recursion through C without bound, kept small enough for a 64 KiB board:
// a getter that reads itself and a toString that converts itself both end
// in a catchable RangeError (the C stack check or the native depth limit,
// whichever comes first), and the heap works afterwards.
var o = {};
Object.defineProperty(o, 'x', { get: function () { return this.x; } });
try { o.x; print('no error'); } catch (e) { print('getter', e instanceof RangeError); }
var t = { toString: function () { return String(this); } };
try { String(t); print('no error'); } catch (e) { print('toString', e instanceof RangeError); }
var sum = 0;
for (var i = 0; i < 10; i++) sum += i;
print('after', sum);
