// Checks Number(x) for booleans, null, undefined, objects and arrays, and Number() without args.
print(Number(true), Number(false), Number(null), Number(undefined), Number());
print(Number(5), Number(-0), 1 / Number(-0), Number(NaN), Number(Infinity));
print(Number([]), Number([7]), Number(["8"]), Number([1, 2]), Number({}));
var v = { valueOf: function () { return "42"; } };
var t = { toString: function () { return "0x10"; } };
print(Number(v), Number(t), typeof Number(v));
print(Number(new Object()), Number([null]), Number([undefined]), Number([[3]]));
