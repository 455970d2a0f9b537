// Checks Array as function and constructor and the presence of the implemented methods.
print(typeof Array, typeof Array.prototype.push, typeof Array.prototype.pop);
print(typeof Array.prototype.join, typeof Array.prototype.slice, typeof [].toString);
print([] instanceof Array, new Array() instanceof Array, Array() instanceof Array);
print(Array(3).length, Array(1, 2).length, Array("3").length);
var a = [];
print(a.push === Array.prototype.push);
