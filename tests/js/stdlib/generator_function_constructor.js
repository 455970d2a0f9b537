// %GeneratorFunction%: reached as the constructor of a generator
// function's prototype; compiles its arguments as Function does; the
// @@toStringTag of %GeneratorFunction.prototype% and %GeneratorPrototype%.
var GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;
print(GeneratorFunction.name, GeneratorFunction.length, GeneratorFunction === Function);
print(Object.getPrototypeOf(GeneratorFunction) === Function);
var d = Object.getOwnPropertyDescriptor(GeneratorFunction, 'prototype');
print(d.writable, d.enumerable, d.configurable, d.value === Object.getPrototypeOf(function* () {}));
var g = GeneratorFunction('a', 'b', 'yield a; yield b; return a + b;');
var it = g(1, 2);
print(it.next().value, it.next().value, JSON.stringify(it.next()));
var g2 = new GeneratorFunction('yield* [3, 4]');
print([...g2()].join());
print(Object.getPrototypeOf(g) === GeneratorFunction.prototype, g instanceof GeneratorFunction);
try { new g(); } catch (e) { print(e.constructor.name); }
try { GeneratorFunction('yield', ''); } catch (e) { print(e.constructor.name); }
try { GeneratorFunction('}'); } catch (e) { print(e.constructor.name); }
print(Object.prototype.toString.call(g), Object.prototype.toString.call(g()));
print(GeneratorFunction.prototype[Symbol.toStringTag], Object.getPrototypeOf(g.prototype)[Symbol.toStringTag]);
var c = Object.getOwnPropertyDescriptor(GeneratorFunction.prototype, 'constructor');
print(c.writable, c.enumerable, c.configurable);
print(g.hasOwnProperty('prototype'), Object.getPrototypeOf(g.prototype) === GeneratorFunction.prototype.prototype);
