// Spread in array literals [...x]: arrays (holes read as undefined),
// strings by code point, nested spreads, a fresh array each time.
var a = [1, 2, 3];
var b = [...a, 4];
print(b.join(), b.length, [0, ...a].join(), [...a, ...a].length);
var copy = [...a];
copy.push(9);
print(a.length, copy.length);
var holes = [...[, 1, , ]];
print(holes.length, 0 in holes, holes[0], 2 in holes);
print([...'abc'].join('|'), [...'😀x'].length, [...'😀x'][0] === '😀', [...''].length);
print([...[...[1, 2]], 3].join(), [, ...a].length, [...a, , ].length);
function args() { return [...arguments]; }
print(args(1, 2, 3).join(), args().length);
var growing = [1, 2];
var calls = 0;
print([...growing, ...growing].length);
var order = [];
function log(x) { order.push(x); return x; }
[log(1), ...[log(2), log(3)], log(4)];
print(order.join());
var sparse = [];
sparse[3] = 'x';
print([...sparse].length, [...sparse][3], 0 in [...sparse]);
