// Function.prototype.bind: this, partial arguments, length, chains.
function show() {
    var args = [];
    for (var i = 0; i < arguments.length; i++) args.push(arguments[i]);
    return (this && this.tag) + ':' + args.join(',');
}
var obj = { tag: 'obj' };
var b = show.bind(obj, 1, 2);
print(b(), b(3), b.call({ tag: 'other' }, 4), b.apply(null, [5, 6]));
print(typeof b, b.length, show.length);
function three(a, b, c) { return [this === undefined ? 'undef' : typeof this, a, b, c].join(' '); }
print(three.bind(null).length, three.bind(null, 1).length, three.bind(null, 1, 2, 3, 4).length);
var strictThree = function (a, b, c) { 'use strict'; return [this, a, b, c].join(' '); };
print(strictThree.bind('t', 'x')('y'), strictThree.bind()('p'));
// chains: the first bound this wins, arguments accumulate
var chain = strictThree.bind('first', 1).bind('second', 2);
print(chain(3), chain.length);
// bound natives
var max = Math.max.bind(null, 10);
print(max(3, 20), max(), max.length);
var slice = Array.prototype.slice.bind([1, 2, 3, 4]);
print(slice(1, 3));
var join = Array.prototype.join.bind(['a', 'b']);
print(join('-'), join());
// bound functions as callbacks and methods
print([1, 2, 3].map(function (x) { return x * this.k; }.bind({ k: 10 })));
var holder = { tag: 'holder', m: show.bind(obj) };
print(holder.m('called as method'));
// errors
try { Function.prototype.bind.call(1); } catch (e) { print(e.name + ': ' + e.message); }
try { Function.prototype.bind.call({}); } catch (e) { print(e.name + ': ' + e.message); }
print(Function.prototype.bind.length);
// bind does not call the target
var calls = 0;
var counted = function () { calls++; }.bind(null);
print(calls);
counted(); counted();
print(calls);
// many bound arguments
var many = show.bind(obj, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
print(many(11, 12));
// recursion through a bound function
var fact = function (n) { return n <= 1 ? 1 : n * boundFact(n - 1); };
var boundFact = fact.bind(null);
print(boundFact(10));
// bound function in sort and reduce
print([3, 1, 2].sort(function (a, b) { return this.dir * (a - b); }.bind({ dir: -1 })));
print([1, 2, 3].reduce(function (a, b) { return a + b + this.extra; }.bind({ extra: 100 })));
print(Object.prototype.toString.call(show.bind(null)), typeof show.bind(null));
