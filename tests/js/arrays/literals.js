// Checks array literals: elements, nesting, holes and trailing comma.
var a = [1, "two", null, undefined, true];
print(a.length, a[0], a[1], a[2], a[3], a[4]);
var holes = [1, , 2];
print(holes.length, holes[1], 1 in holes);
var trailing = [1, 2, 3,];
print(trailing.length);
var onlyHoles = [, , ,];
print(onlyHoles.length, 0 in onlyHoles);
var trailHole = [1, , ];
print(trailHole.length);
var nested = [[1, 2], [3, [4, 5]]];
print(nested[1][1][0], nested.length, nested[0].length);
var empty = [];
print(empty.length, empty[0]);
print([].length, [,].length, [, 1].length);
print(String([1, [2, [3, [4]]]]));
