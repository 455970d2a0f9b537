// Checks typeof of every implemented global builtin.
print(typeof print, typeof Object, typeof Array, typeof String, typeof Number, typeof Math);
print(typeof Error, typeof TypeError, typeof ReferenceError, typeof RangeError, typeof SyntaxError);
print(typeof NaN, typeof Infinity, typeof undefined);
print(typeof Math.floor, typeof Math.abs, typeof Math.max, typeof Math.min);
print(typeof Object.prototype.hasOwnProperty, typeof (function () {}).call, typeof (function () {}).apply);
