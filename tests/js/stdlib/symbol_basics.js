// Symbol values: descriptions, identity, the registry, wrappers.
var s = Symbol('foo'), t = Symbol(), u = Symbol('');
print(typeof s, typeof Symbol.iterator, typeof Object(s));
print(String(s), String(t), String(u), s.toString(), Symbol(undefined).toString());
print(s.description, t.description, u.description === '', Symbol(12).description === '12');
print(s === s, s === Symbol('foo'), s == Symbol('foo'), s !== t);
print(Symbol.for('app') === Symbol.for('app'), Symbol.for('app') === Symbol('app'));
print(Symbol.keyFor(Symbol.for('app')), Symbol.keyFor(s), Symbol.keyFor(Symbol.iterator));
print(Symbol.for(1) === Symbol.for('1'), Symbol.for().description);
try { Symbol.keyFor('app') } catch (e) { print('keyFor:', e.name) }
try { new Symbol() } catch (e) { print('new:', e instanceof TypeError) }
var w = Object(s);
print(w == s, s == w, w === s, w.valueOf() === s, w.description, w instanceof Symbol);
print(Object.prototype.toString.call(s), Object.prototype.toString.call(w));
print(Symbol.prototype[Symbol.toStringTag], Symbol.length, Symbol.name, Symbol.prototype.constructor === Symbol);
print(Symbol.prototype[Symbol.toPrimitive].call(w) === s);
try { Symbol.prototype.toString.call({}) } catch (e) { print('toString on object:', e.name) }
try { Symbol.prototype.valueOf.call('x') } catch (e) { print('valueOf on string:', e.name) }
var names = ['asyncIterator', 'hasInstance', 'isConcatSpreadable', 'iterator', 'match', 'matchAll',
             'replace', 'search', 'species', 'split', 'toPrimitive', 'toStringTag', 'unscopables'];
for (var i = 0; i < names.length; i++) {
  var d = Object.getOwnPropertyDescriptor(Symbol, names[i]);
  print(names[i], String(d.value), d.value.description, d.writable, d.enumerable, d.configurable);
}
print(!!s, !s, s ? 'truthy' : 'falsy');
