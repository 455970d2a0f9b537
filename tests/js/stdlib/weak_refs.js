// WeakRef and FinalizationRegistry (ES2021; ENG_WEAK_REFS): what does not
// depend on when the collector runs. Every target registered here stays
// reachable (or its callback prints nothing), so the output is the same
// whatever the engine frees after the script.
function show(label, f) {
    try {
        print(label, f());
    } catch (e) {
        print(label, 'threw', e instanceof TypeError ? 'TypeError' : e);
    }
}

// The constructors and prototypes.
print(typeof WeakRef, WeakRef.name, WeakRef.length, typeof FinalizationRegistry,
      FinalizationRegistry.name, FinalizationRegistry.length);
print(Object.getPrototypeOf(WeakRef) === Function.prototype,
      Object.getPrototypeOf(WeakRef.prototype) === Object.prototype);
print(Object.getOwnPropertyNames(WeakRef.prototype).join(),
      Object.getOwnPropertyNames(FinalizationRegistry.prototype).sort().join());
print(WeakRef.prototype[Symbol.toStringTag], FinalizationRegistry.prototype[Symbol.toStringTag]);
var d = Object.getOwnPropertyDescriptor(WeakRef, 'prototype');
print(d.writable, d.enumerable, d.configurable);
d = Object.getOwnPropertyDescriptor(WeakRef.prototype, 'deref');
print(d.writable, d.enumerable, d.configurable, WeakRef.prototype.deref.length, WeakRef.prototype.deref.name);
d = Object.getOwnPropertyDescriptor(FinalizationRegistry.prototype, Symbol.toStringTag);
print(d.writable, d.enumerable, d.configurable);
print(FinalizationRegistry.prototype.register.length, FinalizationRegistry.prototype.unregister.length,
      FinalizationRegistry.prototype.register.name);

// WeakRef: deref gives the target while it is reachable.
var target = {name: 'target'};
var ref = new WeakRef(target);
print(ref.deref() === target, ref.deref().name, String(ref), Object.prototype.toString.call(ref));
var f = function () {};
print(new WeakRef(f).deref() === f);
var sym = Symbol('weak');
print(new WeakRef(sym).deref() === sym);
print(new WeakRef(Symbol.iterator).deref() === Symbol.iterator);  // well-known symbols can be held weakly

// What cannot be a target.
show('WeakRef()', function () { return WeakRef({}); });
show('new WeakRef()', function () { return new WeakRef(); });
show('new WeakRef(1)', function () { return new WeakRef(1); });
show('new WeakRef("s")', function () { return new WeakRef('s'); });
show('new WeakRef(null)', function () { return new WeakRef(null); });
show('registered symbol', function () { return new WeakRef(Symbol.for('registered')); });
show('deref on {}', function () { return WeakRef.prototype.deref.call({}); });
show('deref on a registry', function () { return WeakRef.prototype.deref.call(new FinalizationRegistry(f)); });

// Subclassing.
class MyRef extends WeakRef {
    constructor(t) { super(t); this.extra = 1; }
}
var mine = new MyRef(target);
print(mine instanceof MyRef, mine instanceof WeakRef, mine.deref() === target, mine.extra);
var viaReflect = Reflect.construct(WeakRef, [target], Object);
print(Object.getPrototypeOf(viaReflect) === Object.prototype);

// FinalizationRegistry.
var calls = [];
var registry = new FinalizationRegistry(function (held) { calls.push(held); });
var token = {}, other = {}, symToken = Symbol('token');
print(registry.register(target, 'held 1'), registry.register(target, 'held 2', token));
registry.register(other, 'held 3', token);
registry.register(ref, 'held 4', symToken);
registry.register(sym, 'held 5');
print(registry.unregister(token), registry.unregister(token), registry.unregister(other));
print(registry.unregister(symToken), registry.unregister(Symbol('never used')));
show('register(1)', function () { return registry.register(1, 'x'); });
show('register(t, t)', function () { return registry.register(target, target); });
show('register(sym, sym)', function () { return registry.register(sym, sym); });
show('register(t, 1, 1)', function () { return registry.register(target, 1, 1); });
show('register(t, 1, undefined)', function () { return registry.register(target, 1, undefined); });
show('register(t, 1, registered)', function () { return registry.register(target, 1, Symbol.for('r')); });
show('unregister(1)', function () { return registry.unregister(1); });
show('unregister()', function () { return registry.unregister(); });
show('unregister on {}', function () { return FinalizationRegistry.prototype.unregister.call({}, token); });
show('register on a WeakRef', function () { return FinalizationRegistry.prototype.register.call(ref, {}, 1); });
show('FinalizationRegistry()', function () { return FinalizationRegistry(f); });
show('new FinalizationRegistry()', function () { return new FinalizationRegistry(); });
show('new FinalizationRegistry({})', function () { return new FinalizationRegistry({}); });
class MyRegistry extends FinalizationRegistry {}
var mr = new MyRegistry(f);
print(mr instanceof MyRegistry, mr instanceof FinalizationRegistry, mr.register(target, 'm'));
print(calls.length);  // callbacks never run during the script
