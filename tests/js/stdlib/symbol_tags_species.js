// Object.prototype.toString takes Math's, JSON's and Symbol.prototype's
// names from their @@toStringTag (ES2024 20.1.3.6): without it they are
// plain objects. RegExp[@@species] (ES2024 22.2.5.2).
var toString = Object.prototype.toString;
print(toString.call(Math), toString.call(JSON), toString.call(Symbol('d')), toString.call(Object(Symbol())));
var jd = Object.getOwnPropertyDescriptor(JSON, Symbol.toStringTag);
print(jd.value, jd.writable, jd.enumerable, jd.configurable);
delete Symbol.prototype[Symbol.toStringTag];
print(toString.call(Symbol('desc')), toString.call(Object(Symbol())));
Object.defineProperty(Math, Symbol.toStringTag, { value: Symbol() });
print(toString.call(Math));
delete JSON[Symbol.toStringTag];
print(toString.call(JSON), String(JSON));
JSON[Symbol.toStringTag] = 'Jason';
print(toString.call(JSON));
// The built-in tags of the other classes stay.
print(toString.call([]), toString.call(function () {}), toString.call(new Error()), toString.call(new Date(0)),
      toString.call(/x/), toString.call(1), toString.call(''), toString.call(true), toString.call(null),
      toString.call(undefined), (function () { return toString.call(arguments) })());

var sd = Object.getOwnPropertyDescriptor(RegExp, Symbol.species);
print(typeof sd.get, sd.set, sd.enumerable, sd.configurable, sd.get.name, sd.get.length);
print(RegExp[Symbol.species] === RegExp, sd.get.call(5), sd.get.call(undefined));
class MyRegExp extends RegExp {}
print(MyRegExp[Symbol.species] === MyRegExp);
print(sd.get === Object.getOwnPropertyDescriptor(Array, Symbol.species).get);
