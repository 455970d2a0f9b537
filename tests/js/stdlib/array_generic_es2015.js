// The ES2015+ Array methods are generic: array-likes, strings, holes read
// through the prototype chain (getters included), lengths that change
// while a callback runs, ToLength of odd lengths.
function show(v) { return JSON.stringify(v); }
Object.defineProperty(Array.prototype, 1, { get: function () { return 'proto1'; }, configurable: true });
var holey = [0, , 2];
print(holey.includes('proto1'), holey.find(function (v) { return v === 'proto1'; }), holey.at(1),
      show(holey.toReversed()), show(holey.with(0, 'w')), show(holey.flat()), show(holey.toSorted()));
print(show(Array.from(holey)), show(holey.toSpliced(0, 1)), holey.findLastIndex(function (v) { return v === 'proto1'; }));
delete Array.prototype[1];

var like = { length: '3', 0: 'a', 1: 'b', 2: 'c', 3: 'ignored' };
print(Array.prototype.includes.call(like, 'c'), Array.prototype.includes.call(like, 'ignored'),
      Array.prototype.find.call(like, function (v) { return v > 'a'; }), Array.prototype.at.call(like, -1));
print(show(Array.prototype.flat.call(like)), show(Array.prototype.flatMap.call(like, function (v) { return v + v; })));
print(show(Array.prototype.fill.call({ length: 2.9 }, 1)), show(Array.prototype.fill.call({ length: -5 }, 1)));
print(show(Array.prototype.copyWithin.call({ length: 5, 3: 'three', 4: 'four' }, 0, 3)));
print(Array.prototype.includes.call({ length: Infinity, 0: 'first' }, 'first'),
      Array.prototype.at.call({ length: 9007199254740993, 9007199254740990: 'last' }, -1));
print(Array.prototype.findLastIndex.call({ length: 9007199254740992, 9007199254740990: 'v' }, function (v) { return v === 'v'; }));
print(show(Array.prototype.includes.call(7, 7)), Array.prototype.at.call(true, 0));

// a callback that changes the array: find reads the length once, reads each index when it comes
var shrink = [1, 2, 3, 4];
var visits = [];
shrink.find(function (v, i, o) { visits.push(v); if (i === 0) o.length = 2; });
print(visits.join());
var growing = [1, 2];
var count = 0;
growing.flatMap(function (v, i, o) { count++; if (o.length < 5) o.push(v); return v; });
print(count, growing.length);
var changed = [1, 2, 3];
print(show(changed.toSorted(function (a, b) { changed[2] = 99; return a - b; })), show(changed));

// lengths past 2^32 - 1
var big = { length: Math.pow(2, 32) + 1 };
big[Math.pow(2, 32)] = 'past';
print(Array.prototype.at.call(big, -1), Array.prototype.includes.call(big, 'past', -1));
Array.prototype.fill.call(big, 'f', -1);
print(big[Math.pow(2, 32)]);
var accessed = [];
var p = { get length() { accessed.push('length'); return 2; }, get 0() { accessed.push(0); return 'x'; },
          get 1() { accessed.push(1); return 'y'; } };
Array.prototype.toReversed.call(p);
print(accessed.join());
