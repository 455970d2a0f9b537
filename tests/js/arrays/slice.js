// Checks slice with no args, positive, negative and out-of-range indexes.
var a = [0, 1, 2, 3, 4];
print(a.slice().join(","), a.slice() === a);
print(a.slice(2).join(","), a.slice(1, 3).join(","));
print(a.slice(-2).join(","), a.slice(-3, -1).join(","), a.slice(1, -1).join(","));
print(a.slice(3, 1).length, a.slice(10).length, a.slice(-10).join(","));
print(a.slice(0, 100).join(","), a.slice(2, 2).length);
print(a.slice("1", "3").join(","), a.slice(1.7, 3.2).join(","));
var holes = [1, , 3];
var s = holes.slice();
print(s.length, 1 in s, s.join("-"));
var orig = [1, 2, 3];
var copy = orig.slice();
copy.push(4);
print(orig.length, copy.length);
print(a.slice(undefined, undefined).join(","), a.slice(-0).length);
