// Array.prototype.splice: removal, insertion, negative and odd arguments.
function t(arr, args) {
    var removed = Array.prototype.splice.apply(arr, args);
    return '[' + removed + '] -> [' + arr + '] len ' + arr.length;
}
print(t([1, 2, 3, 4, 5], [1, 2]));
print(t([1, 2, 3, 4, 5], [1, 2, 'a', 'b', 'c']));
print(t([1, 2, 3, 4, 5], [1, 0, 'x']));
print(t([1, 2, 3, 4, 5], [-2, 1]));
print(t([1, 2, 3, 4, 5], [-10, 2]));
print(t([1, 2, 3, 4, 5], [10, 2, 'end']));
print(t([1, 2, 3, 4, 5], [2]));
print(t([1, 2, 3, 4, 5], []));
print(t([1, 2, 3, 4, 5], [1, -1, 'n']));
print(t([1, 2, 3, 4, 5], [1.7, 1.2]));
print(t([1, 2, 3, 4, 5], ['1', '2']));
print(t([1, 2, 3, 4, 5], [NaN, undefined, 'u']));
print(t([1, 2, 3, 4, 5], [0, Infinity]));
print(t([], [0, 0, 1, 2]));
// holes are preserved when moving
var h = [1, , 3, , 5];
var r = h.splice(1, 1, 'a', 'b');
print(r.length, 0 in r, h.length, Object.keys(h));
// generic objects
var o = { length: 4, 0: 'a', 1: 'b', 2: 'c', 3: 'd' };
var ro = Array.prototype.splice.call(o, 1, 2, 'X');
print(ro, Array.isArray(ro), o.length, o[0], o[1], o[2], 3 in o);
// sparse objects with huge lengths stay cheap
var big = { length: 300000 };
big[299999] = 'last';
big[1] = 'one';
var rb = Array.prototype.splice.call(big, 0, 2);
print(rb.length, rb[1], 0 in rb, big.length, big[299997], big[0]);
var rb2 = Array.prototype.splice.call(big, 5, 0, 'i1', 'i2');
print(rb2.length, big.length, big[5], big[299999], 299998 in big);
// the result is a new array even when nothing is removed
var same = [1];
print(same.splice(0, 0) !== same);
try { Object.freeze([1, 2]).splice(0, 1); } catch (e) { print(e.name); }
print(Array.prototype.splice.length);
