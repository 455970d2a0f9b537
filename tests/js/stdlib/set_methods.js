// The ES2025 Set methods (union, intersection, difference,
// symmetricDifference, isSubsetOf, isSupersetOf, isDisjointFrom).
// Node 20 lacks them: set_methods.expected is written by hand from the
// spec (ES2025 24.2.4), not generated.
function list(s) { return [...s].join(','); }
function errName(f) { try { f(); return 'no error'; } catch (e) { return e.constructor.name; } }

var a = new Set([1, 2, 3, 4]), b = new Set([3, 4, 5, 6]);
print(list(a.union(b)), list(a.intersection(b)), list(a.difference(b)), list(a.symmetricDifference(b)));
print(list(b.union(a)), list(b.intersection(a)), list(b.difference(a)), list(b.symmetricDifference(a)));
print(a.isSubsetOf(b), new Set([3, 4]).isSubsetOf(a), a.isSupersetOf(new Set([1, 4])), a.isSupersetOf(b));
print(a.isDisjointFrom(b), a.isDisjointFrom(new Set([7, 8])), new Set().isSubsetOf(new Set()), new Set().isDisjointFrom(a));
// Results are new Sets with %Set.prototype%; the operands are unchanged.
var u = a.union(b);
print(u !== a, Object.getPrototypeOf(u) === Set.prototype, list(a), list(b));
class Sub extends Set {}
print(Object.getPrototypeOf(new Sub([1]).union(new Set([2]))) === Set.prototype);
// -0 from the other set becomes +0.
print(1 / [...new Set().union(new Set([-0]))][0], new Set([0]).intersection(new Set([-0])).size);
// Maps are set-likes too (size, has, keys).
var m = new Map([[2, 'x'], [9, 'y']]);
print(list(a.union(m)), list(a.intersection(m)), a.isDisjointFrom(m));

// A set-like object: GetSetRecord reads size, has, keys in that order, and
// the smaller side decides whether has or keys is used.
var log = [];
function setLike(items, size) {
    return {
        get size() { log.push('size'); return size === undefined ? items.length : size; },
        get has() { log.push('get has'); return function (v) { log.push('has ' + v); return items.indexOf(v) >= 0; }; },
        get keys() {
            log.push('get keys');
            return function () {
                var i = 0;
                log.push('keys()');
                return { next: function () { log.push('next'); return i < items.length ? { value: items[i++], done: false } : { done: true }; },
                         return: function () { log.push('return'); return {}; } };
            };
        }
    };
}
var small = new Set([1, 2]);
print(list(small.intersection(setLike([2, 3, 4]))), log.join(' '));
log = [];
print(list(new Set([1, 2, 3, 4, 5]).intersection(setLike([5, 1]))), log.join(' '));
log = [];
print(list(small.union(setLike([3]))), log.join(' '));
log = [];
print(list(small.difference(setLike([2, 7, 8]))), log.join(' '));
log = [];
print(list(new Set([1, 2, 3]).difference(setLike([2]))), log.join(' '));
log = [];
print(list(small.symmetricDifference(setLike([2, 3]))), log.join(' '));
log = [];
print(small.isSubsetOf(setLike([1, 2, 3])), log.join(' '));
log = [];
print(small.isSubsetOf(setLike([1])), log.join(' '));
log = [];
print(small.isSupersetOf(setLike([1, 9])), log.join(' '));
log = [];
print(small.isSupersetOf(setLike([1, 2, 3])), log.join(' '));
log = [];
print(small.isDisjointFrom(setLike([5, 2, 7])), log.join(' '));
log = [];
print(new Set([1, 2, 3, 4]).isDisjointFrom(setLike([9, 3])), log.join(' '));
log = [];
// size Infinity is allowed; size is truncated toward zero.
print(small.isSubsetOf(setLike([1, 2], Infinity)), small.isSupersetOf(setLike([1, 2], 2.9)), log.length);

// GetSetRecord errors.
print(errName(function () { a.union([1, 2]); }), errName(function () { a.union(5); }), errName(function () { a.union(null); }));
print(errName(function () { a.union({ size: NaN, has: function () {}, keys: function () {} }); }));
print(errName(function () { a.union({ size: undefined, has: function () {}, keys: function () {} }); }));
print(errName(function () { a.union({ size: -1, has: function () {}, keys: function () {} }); }));
print(errName(function () { a.union({ size: 1, has: 1, keys: function () {} }); }));
print(errName(function () { a.union({ size: 1, has: function () {}, keys: undefined }); }));
print(errName(function () { a.union({ size: 1, has: function () {}, keys: function () { return 1; } }); }));
print(errName(function () { a.union({ size: 1, has: function () {}, keys: function () { return {next: 1}; } }); }));
print(errName(function () { Set.prototype.union.call(new Map(), a); }), errName(function () { Set.prototype.isSubsetOf.call({}, a); }));
print(Set.prototype.union.length, Set.prototype.isDisjointFrom.name, Set.prototype.symmetricDifference.length);

// Mutating this set from has(): elements are visited by position.
var grow = new Set([1, 2]);
var seen = [];
print(grow.isSubsetOf({ size: 10, has: function (v) { seen.push(v); if (v === 1) { grow.delete(2); grow.add(3); } return true; }, keys: function () {} }), seen.join());
