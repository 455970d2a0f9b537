// The GeneratorFunction constructor (ES2015; ENG_GENERATOR_FUNCTION_CONSTRUCTOR),
// reached through the prototype of generator functions.
var GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;

function describe(o, key) {
    var d = Object.getOwnPropertyDescriptor(o, key);
    return key.toString() + ': ' + (d ? [d.writable, d.enumerable, d.configurable].join('/') : 'none');
}

print(typeof GeneratorFunction, GeneratorFunction.name, GeneratorFunction.length, GeneratorFunction === Function);
print(Object.getPrototypeOf(GeneratorFunction) === Function,
      Object.getPrototypeOf(GeneratorFunction.prototype) === Function.prototype);
print(GeneratorFunction.prototype.constructor === GeneratorFunction, GeneratorFunction.prototype[Symbol.toStringTag]);
var GeneratorPrototype = GeneratorFunction.prototype.prototype;
print(GeneratorPrototype === Object.getPrototypeOf((function* () {}).prototype),
      GeneratorPrototype.constructor === GeneratorFunction.prototype);
print(describe(GeneratorFunction, 'prototype'), describe(GeneratorFunction.prototype, 'constructor'),
      describe(GeneratorFunction.prototype, 'prototype'), describe(GeneratorFunction.prototype, Symbol.toStringTag));
print(Object.getOwnPropertyNames(GeneratorFunction.prototype).join());

var range = new GeneratorFunction('from', 'to', 'for (var i = from; i < to; i++) yield i;');
print(typeof range, range.name, range.length, Object.getPrototypeOf(range) === GeneratorFunction.prototype);
print(Array.from(range(2, 6)).join(), Object.getPrototypeOf(range.prototype) === GeneratorPrototype);
var noNew = GeneratorFunction('yield 1; return 2');
var it = noNew();
print(JSON.stringify(it.next()), JSON.stringify(it.next()), JSON.stringify(it.next()));
print(new GeneratorFunction().length, JSON.stringify(new GeneratorFunction()().next()));
try { new range(); } catch (e) { print('new range()', e instanceof TypeError); }
try { GeneratorFunction('yield', ''); } catch (e) { print('yield as a parameter', e.name); }
try { GeneratorFunction('a', 'yield yield'); print('yield yield ok'); } catch (e) { print('yield yield', e.name); }
var outer = 'global';
(function () {
    var outer = 'local';
    print('scope', new GeneratorFunction('yield outer')().next().value);
})();
class Mine extends GeneratorFunction {}
var mine = new Mine('yield 1');
print(mine instanceof Mine, mine instanceof GeneratorFunction, Array.from(mine()).join());
