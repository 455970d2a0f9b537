// The ES2025 Iterator global and Iterator helpers (27.1.3): the lazy
// helpers (map, filter, take, drop, flatMap), the eager methods (reduce,
// toArray, forEach, some, every, find), Iterator.from and its wrapper, the
// abstract Iterator constructor, and when the underlying iterator is
// closed. Node 20 lacks them: iterator_helpers.expected was checked against
// QuickJS (../shared/tools/qjs/qjs, which has them) and the spec. The last
// two lines are the spec's (27.1.3.2.2 and .14, SetterThatIgnoresPrototype-
// Properties defines an own property on an heir): QuickJS throws there.
function* gen(n) { for (var i = 1; i <= n; i++) yield i; }
function errName(f) { try { f(); return 'no error'; } catch (e) { return e.constructor.name; } }

// A logging iterator over 1..n that inherits Iterator.prototype.
function logged(n, log) {
    var i = 0;
    return {
        __proto__: Iterator.prototype,
        next: function () { log.push('next'); i++; return i <= n ? { value: i, done: false } : { value: undefined, done: true }; },
        return: function () { log.push('return'); return {}; }
    };
}

print(typeof Iterator, Iterator.length, Iterator.name);
print(Object.getPrototypeOf(Object.getPrototypeOf([].values())) === Iterator.prototype);
print(Object.getPrototypeOf(Object.getPrototypeOf(gen(1))) === Object.getPrototypeOf(gen.prototype));
print(Iterator.prototype.constructor === Iterator, Iterator.prototype[Symbol.toStringTag]);

// Lazy helpers.
print(gen(5).map(function (x, i) { return x * 10 + i; }).toArray().join());
print(gen(6).filter(function (x) { return x % 2 === 0; }).toArray().join());
print(gen(5).take(2).toArray().join(), gen(5).take(0).toArray().length, gen(3).take(Infinity).toArray().join());
print(gen(5).drop(3).toArray().join(), gen(3).drop(5).toArray().length, gen(3).drop(0).toArray().join());
print(gen(3).flatMap(function (x) { return [x, -x]; }).toArray().join());
print(gen(2).flatMap(function (x) { return 'ab'[x - 1] === 'a' ? new Set(['s', 't']) : gen(2); }).toArray().join());
print(gen(4).map(function (x) { return x + 1; }).filter(function (x) { return x % 2; }).take(1).toArray().join());

// Eager methods.
print(gen(4).reduce(function (a, b) { return a + b; }), gen(4).reduce(function (a, b, i) { return a + b * i; }, 100));
print(errName(function () { gen(0).reduce(function (a, b) { return a + b; }); }), gen(0).reduce(function () {}, 'init'));
var seen = [];
print(gen(3).forEach(function (x, i) { seen.push(x + ':' + i); }), seen.join());
print(gen(5).some(function (x) { return x > 4; }), gen(5).some(function (x) { return x > 5; }));
print(gen(5).every(function (x) { return x > 0; }), gen(5).every(function (x) { return x < 3; }));
print(gen(5).find(function (x) { return x * x > 5; }), gen(5).find(function (x) { return x > 9; }));

// A helper is an iterator of its own kind.
var h = gen(3).map(function (x) { return x; });
print(Object.prototype.toString.call(h), h[Symbol.iterator]() === h, typeof h.next, typeof h.return);
print(JSON.stringify(h.next()), JSON.stringify(h.return()), JSON.stringify(h.next()));
print(errName(function () { h.next.call({}); }), errName(function () { Iterator.prototype.map.call(1, String); }));

// Closing the underlying iterator.
var log = [];
logged(5, log).take(2).toArray();
print(log.join());
log = [];
logged(5, log).find(function (x) { return x === 2; });
print(log.join());
log = [];
var m = logged(5, log).map(function (x) { return x; });
m.return();
print(log.join());
log = [];
m = logged(5, log).map(function (x) { return x; });
m.next();
m.return();
print(log.join(), JSON.stringify(m.next()));
log = [];
print(errName(function () { logged(5, log).map(42); }), log.join());
log = [];
print(errName(function () { logged(5, log).take(-1); }), errName(function () { logged(5, log).drop(NaN); }), log.join());
log = [];
print(errName(function () { logged(5, log).forEach(function () { throw new SyntaxError('x'); }); }), log.join());
log = [];
print(errName(function () { logged(5, log).flatMap(function () { return 7; }).next(); }), log.join());

// A re-entrant next() while the helper runs is a TypeError.
var self;
self = gen(2).map(function () { return self.next(); });
print(errName(function () { self.next(); }));

// Iterator.from.
var plain = { i: 0, next: function () { this.i++; return { value: this.i, done: this.i > 2 }; } };
var wrapped = Iterator.from(plain);
print(wrapped === plain, wrapped instanceof Iterator, wrapped.toArray().join());
print(Iterator.from('h\uD83D\uDE00').toArray().length, Iterator.from(gen(2)) instanceof Iterator);
var fromGen = gen(2);
print(Iterator.from(fromGen) === fromGen, errName(function () { Iterator.from(5); }));
print(JSON.stringify(Iterator.from({ next: function () { return { done: true }; } }).return()));

// The abstract constructor: only a subclass constructs.
print(errName(function () { new Iterator(); }), errName(function () { Iterator(); }));
class Countdown extends Iterator {
    constructor(n) { super(); this.n = n; }
    next() { return this.n > 0 ? { value: this.n--, done: false } : { value: undefined, done: true }; }
}
var cd = new Countdown(3);
print(cd instanceof Iterator, Object.getPrototypeOf(cd) === Countdown.prototype, cd.map(String).toArray().join());

// The accessors of Iterator.prototype.
var o = Object.create(Iterator.prototype);
o[Symbol.toStringTag] = 'Mine';
o.constructor = 1;
print(Object.prototype.toString.call(o), o.constructor, Iterator.prototype[Symbol.toStringTag], Iterator.prototype.constructor === Iterator);
print(errName(function () { Iterator.prototype.constructor = 2; }), Object.getOwnPropertyDescriptor(o, 'constructor').enumerable);
