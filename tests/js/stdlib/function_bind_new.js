// new on bound functions: the target constructs, bound this is ignored,
// instanceof goes through the target.
function Point(x, y) {
    this.x = x;
    this.y = y;
}
Point.prototype.sum = function () { return this.x + this.y; };
var BoundPoint = Point.bind({ ignored: true }, 10);
var p = new BoundPoint(5);
print(p.x, p.y, p.sum(), p.ignored);
print(p instanceof Point, p instanceof BoundPoint, Object.getPrototypeOf(p) === Point.prototype);
print(new Point(1, 2) instanceof BoundPoint);
print('prototype' in BoundPoint, BoundPoint.prototype);
var Twice = BoundPoint.bind(null, 20);
var q = new Twice();
print(q.x, q.y, q instanceof Point, q instanceof Twice, Twice.length);
// constructor returning an object
function Factory() { return { made: true }; }
var BF = Factory.bind(null);
print(new BF().made, new BF() instanceof Factory);
// bound natives with new
var BoundArray = Array.bind(null, 3);
var arr = new BoundArray();
print(arr.length, Array.isArray(arr));
var BoundObject = Object.bind(null);
print(typeof new BoundObject());
var BoundError = TypeError.bind(null, 'bound message');
var err = new BoundError();
print(err instanceof TypeError, err.message);
// non-constructors stay non-constructors
var notCtor = Math.max.bind(null);
try { new notCtor(); } catch (e) { print(e.name); }
// instanceof with a bound function whose target has a non-object prototype
function NoProto() {}
NoProto.prototype = 3;
try { print({} instanceof NoProto.bind(null)); } catch (e) { print(e.name); }
print(1 instanceof BoundPoint, null instanceof BoundPoint);
// calling without new still uses the bound this
var self = { tag: 'self' };
function Who() { return this; }
print(Who.bind(self)() === self, typeof new (Who.bind(self))(), new (Who.bind(self))() === self);
