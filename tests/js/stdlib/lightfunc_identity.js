// Built-in methods are lightweight functions: values that behave as native
// function objects (typeof, identity, length/name, prototype, toString).
print(typeof Math.max, typeof [].push, typeof parseInt, typeof JSON.stringify);
print(Math.max === Math.max, [].push === Array.prototype.push, Math.max === Math.min);
print(Math.max == Math.max, Math.max !== Math.min, [].push === [1].push);
var m = Math.max;
print(m === Math.max, m(3, 9, 4));
print(Math.max.length, Math.min.length, [].push.length, Object.keys.length, parseInt.length, String.fromCharCode.length);
print(Math.max.name, [].push.name, Object.keys.name, JSON.parse.name, isNaN.name, ''.charAt.name);
print(Math.max instanceof Function, Math.max instanceof Object, [].push instanceof Array);
print(Object.getPrototypeOf(Math.max) === Function.prototype, Function.prototype.isPrototypeOf(Math.abs));
print(Object.prototype.toString.call(Math.max), Object.prototype.toString.call(''.slice));
print(String(Math.max));
print(Function.prototype.toString.call([].push));
print('' + Math.abs, Math.abs + 1);
print(Math.max.hasOwnProperty('length'), Math.max.hasOwnProperty('name'), Math.max.hasOwnProperty('prototype'));
print(Math.max.prototype, 'call' in Math.max, 'length' in Math.max, 'nothing' in Math.max);
print(Object(Math.max) === Math.max, Math.max.valueOf() === Math.max);
print(Object.getOwnPropertyNames(Math.max).sort().join());
print(Object.keys(Math.max).length, JSON.stringify(Object.getOwnPropertyDescriptor(Math.max, 'length')));
print(JSON.stringify(Object.getOwnPropertyDescriptor(Math.max, 'name')));
print(JSON.stringify({a: Math.max, b: 1}), JSON.stringify([Math.max]), JSON.stringify(Math.max));
print(Object.isExtensible(Math.max), Object.isFrozen(Math.max), Object.isSealed(Math.max));
print(!!Math.max, Math.max ? 'yes' : 'no', isNaN(Math.max), Math.max + '' === String(Math.max));
// Every ES5 name is still listed (node has later ones too).
function lists(o, expected) {
    var names = Object.getOwnPropertyNames(o), missing = [];
    for (var i = 0; i < expected.length; i++) if (names.indexOf(expected[i]) < 0) missing.push(expected[i]);
    return missing.length ? 'missing ' + missing.join() : 'all ' + expected.length;
}
print(lists(Math, ['E', 'LN10', 'LN2', 'LOG10E', 'LOG2E', 'PI', 'SQRT1_2', 'SQRT2', 'abs', 'acos', 'asin', 'atan',
                   'atan2', 'ceil', 'cos', 'exp', 'floor', 'log', 'max', 'min', 'pow', 'random', 'round', 'sin',
                   'sqrt', 'tan']));
print(lists(Array.prototype, ['concat', 'constructor', 'every', 'filter', 'forEach', 'indexOf', 'join', 'lastIndexOf',
                              'length', 'map', 'pop', 'push', 'reduce', 'reduceRight', 'reverse', 'shift', 'slice',
                              'some', 'sort', 'splice', 'toLocaleString', 'toString', 'unshift']));
print(lists(Object, ['create', 'defineProperties', 'defineProperty', 'freeze', 'getOwnPropertyDescriptor',
                     'getOwnPropertyNames', 'getPrototypeOf', 'isExtensible', 'isFrozen', 'isSealed', 'keys',
                     'preventExtensions', 'seal', 'length', 'name', 'prototype']));
print(lists(this, ['parseInt', 'parseFloat', 'isNaN', 'isFinite', 'eval', 'encodeURIComponent', 'Math', 'JSON']));
var d = Object.getOwnPropertyDescriptor(Math, 'max');
print(d.value === Math.max, d.writable, d.enumerable, d.configurable);
for (var k in Math) print('enumerable', k);
