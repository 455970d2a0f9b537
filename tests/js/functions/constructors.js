// Checks `new` with constructor functions, prototypes and instance properties.
function Point(x, y) { this.x = x; this.y = y; }
Point.prototype.sum = function () { return this.x + this.y; };
var p = new Point(3, 4);
print(p.x, p.y, p.sum());
print(p instanceof Point, p.constructor === Point);
var q = new Point;
print(q.x, q.y);
function Counter() { this.n = 0; }
Counter.prototype.inc = function () { this.n++; return this; };
var c = new Counter();
c.inc().inc();
print(c.n, new Counter().n);
print(Point.prototype.constructor === Point);
print(typeof new Point(1, 2), p.hasOwnProperty("x"), p.hasOwnProperty("sum"));
var shared = new Point(1, 1), other = new Point(2, 2);
print(shared.sum === other.sum);
print(new Point(5, 5).sum());
