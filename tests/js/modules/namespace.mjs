// Module namespace objects (ES2023 10.4.6).
import * as ns from './namespace_fixture.mjs';

print(Object.keys(ns).join(','));
print(Object.prototype.toString.call(ns), ns[Symbol.toStringTag]);
print(Object.getPrototypeOf(ns), Object.isExtensible(ns));
const d = Object.getOwnPropertyDescriptor(ns, 'b');
print(d.value, d.writable, d.enumerable, d.configurable);
print(Reflect.set(ns, 'b', 1), Reflect.defineProperty(ns, 'b', { value: 1 }),
      Reflect.defineProperty(ns, 'b', { value: 'B' }));
print(Reflect.deleteProperty(ns, 'b'), Reflect.deleteProperty(ns, 'missing'));
print('a' in ns, 'missing' in ns, ns.missing);
print(Object.isSealed(ns), Object.isFrozen(ns));
try {
    Object.freeze(ns);
} catch (e) {
    print(e.name);
}
print(ns.nested.inner, ns.reexported, ns.renamed);
print(Reflect.ownKeys(ns).length);
ns.bump();
print(ns.b);
