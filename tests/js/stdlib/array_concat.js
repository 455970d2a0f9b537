// Array.prototype.concat: spreading arrays only, holes kept, generic this.
var a = [1, 2];
var r = a.concat(3, [4, 5], [[6]], 'str', { length: 1, 0: 'obj' });
print(r.length, r[5], r[7].length, r[6]);
print(a.concat(), a.concat() !== a, a);
var holes = [1, , 3].concat([, 5]);
print(holes.length, 1 in holes, 3 in holes, holes);
var sparse = [];
sparse[5] = 'five';
var c = [0].concat(sparse, ['end']);
print(c.length, c[6], c[7], Object.keys(c));
// trailing holes count in the length
var trailing = [1, 2, , ];
print(trailing.length, [].concat(trailing).length);
// generic this: wrapped, not spread
var o = { length: 2, 0: 'x', 1: 'y' };
var g = Array.prototype.concat.call(o, [1]);
print(g.length, g[0] === o, g[1]);
var s = Array.prototype.concat.call('ab', 'cd');
print(s.length, typeof s[0], String(s[0]), s[1]);
print(Array.prototype.concat.call(1, 2).length);
// arrays with extra properties: only indexes copied
var withProp = [1];
withProp.extra = 'e';
print(withProp.concat([2]).extra);
// inherited elements are read through the prototype chain
Array.prototype[1] = 'from proto';
var holey = [0, , 2];
var hc = holey.concat();
print(hc[1], hc.hasOwnProperty(1));
delete Array.prototype[1];
// arguments objects are not spread
(function () {
    var x = [].concat(arguments);
    print(x.length, x[0].length);
})(1, 2, 3);
print(Array.prototype.concat.length);
try { Array.prototype.concat.call(null); } catch (e) { print(e.name); }
