// Calling built-in methods: directly, through call/apply/bind, as callbacks,
// and with new (they are not constructors).
print(Math.max.call(null, 1, 7, 3), Math.max.apply(null, [4, 8, 2]), Math.min.apply(Math, []));
print([].slice.call('abc').join('-'), Array.prototype.join.call({length: 2, 0: 'x', 1: 'y'}, '+'));
var push = Array.prototype.push, a = [];
print(push.call(a, 1, 2), a.join());
var max10 = Math.max.bind(null, 10);
print(max10(3), max10(30), max10.length, max10.name, typeof max10);
var bound = [].concat.bind([1]);
print(bound([2], 3).join());
print([1, -2, 3].map(Math.abs).join(), ['1', '2', '3'].map(parseFloat).join());
print([4.5, 1.2].map(Math.floor).join(), [3, 1, 2].sort().join(), [1, 2, 3].reduce(Math.max));
print(['a', 'b'].map(String.prototype.toUpperCase.call, String.prototype.toUpperCase).join());
print('a-b-c'.split('-').map(Function.prototype.call, String.prototype.toUpperCase).join());
print(Function.prototype.call.call(Math.max, null, 5, 6), Function.prototype.apply.call(Math.min, null, [5, 6]));
var o = {f: Math.abs, n: -4};
print(o.f(o.n), o['f'](-1));
function tryNew(label, f) {
    try { new f(); print(label, 'constructed'); }
    catch (e) { print(label, e instanceof TypeError); }
}
tryNew('Math.max', Math.max);
tryNew('push', [].push);
tryNew('bound', Math.max.bind(null));
tryNew('parseInt', parseInt);
tryNew('keys', Object.keys);
try { Math.max.call.call(1); } catch (e) { print('call on number', e instanceof TypeError); }
try { (void 0)(); } catch (e) { print(e instanceof TypeError); }
try { [].reduce(Math.max); } catch (e) { print('reduce', e instanceof TypeError); }
try { Math.max.x.y; } catch (e) { print('x.y', e instanceof TypeError); }
print(Math.max(), Math.min(), Math.max(NaN, 1));
print(Array.isArray([]), Array.isArray(Math.max), [1, 2, 3].indexOf(2), 'abc'.charAt(1));
var getter = {};
Object.defineProperty(getter, 'len', {get: Array.prototype.pop, configurable: true});
var arr = [1, 2, 3];
Object.defineProperty(arr, 'last', {get: Array.prototype.pop});
print(arr.last, arr.last, arr.length);
Object.defineProperty(getter, 'date', {get: Date.prototype.getTime});
try { getter.date; } catch (e) { print('getter on non-date', e instanceof TypeError); }
var keys = {};
Object.defineProperty(keys, 'self', {get: Object.prototype.valueOf});
print(keys.self === keys);
print([[1, 2], [3]].map(Function.prototype.apply.bind(Math.max, null)).join());
print(eval('1 + 2'), (0, eval)('typeof Math.max'));
