// Object.prototype.isPrototypeOf, propertyIsEnumerable, toLocaleString.
function A() {}
function B() {}
B.prototype = new A();
var b = new B();
print(A.prototype.isPrototypeOf(b), B.prototype.isPrototypeOf(b), Object.prototype.isPrototypeOf(b));
print(b.isPrototypeOf(b), A.prototype.isPrototypeOf(A.prototype), Function.prototype.isPrototypeOf(A));
print(Object.prototype.isPrototypeOf(1), Object.prototype.isPrototypeOf('s'), Object.prototype.isPrototypeOf(null));
print(Object.prototype.isPrototypeOf.call(undefined, 1));
try { Object.prototype.isPrototypeOf.call(undefined, {}); } catch (e) { print(e.name); }
print(Object.prototype.isPrototypeOf(Object.create(null)));
print(Array.prototype.isPrototypeOf([]), Object.prototype.isPrototypeOf.length);

var o = { a: 1 };
Object.defineProperty(o, 'h', { value: 2 });
print(o.propertyIsEnumerable('a'), o.propertyIsEnumerable('h'), o.propertyIsEnumerable('toString'));
print(o.propertyIsEnumerable('missing'), Object.create(o).propertyIsEnumerable('a'));
print([1].propertyIsEnumerable(0), [1].propertyIsEnumerable('length'));
print(new String('ab').propertyIsEnumerable(1), new String('ab').propertyIsEnumerable('length'));
print(Object.prototype.propertyIsEnumerable.call('ab', 0));
print(function () {}.propertyIsEnumerable('prototype'));
try { Object.prototype.propertyIsEnumerable.call(null, 'x'); } catch (e) { print(e.name); }
print(Object.prototype.propertyIsEnumerable.length);

print(o.toLocaleString(), ({ toString: function () { return 'custom'; } }).toLocaleString());
print(Object.prototype.toLocaleString.call(1), Object.prototype.toLocaleString.call(true));
print(Object.prototype.toLocaleString.call([1, 2]));
try { Object.prototype.toLocaleString.call(undefined); } catch (e) { print(e.name); }
try { Object.prototype.toLocaleString.call({ toString: 5 }); } catch (e) { print(e.name); }
print(Object.prototype.toLocaleString.length);
