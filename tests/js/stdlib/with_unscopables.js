// A `with` object's @@unscopables hides the names it marks truthy (ES2015
// 9.1.1.2.1): lookups and assignments go to the outer binding; the getter
// of @@unscopables runs once per lookup of a name the object has.
var x = 'outer', y = 'outerY', w = 'outerW';
var o = { x: 'inner', y: 'innerY', w: 'innerW' };
o[Symbol.unscopables] = { x: true, y: 0, w: 'yes' };
with (o) { print(x, y, w); x = 'set'; }
print(x, o.x);
var reads = 0;
var o2 = { z: 1 };
Object.defineProperty(o2, Symbol.unscopables, { get: function () { reads++; return null; } });
var z = 0, notThere = 'outside';
with (o2) { print(z, notThere); }
print(reads);
var inherited = Object.create({ q: 'proto q' });
var q = 'outer q';
Object.getPrototypeOf(inherited)[Symbol.unscopables] = { q: true };
with (inherited) { print(q); }
function thrower() { throw new RangeError('from unscopables'); }
var o3 = { t: 1 };
Object.defineProperty(o3, Symbol.unscopables, { get: thrower });
var t = 2;
try { with (o3) { print(t); } } catch (e) { print(e.name, e.message); }
