// Objects made by a constructor: after the first, they are made with room
// for what the first had (a shape, objects/shape.h); more or fewer
// properties later must not show.
function Point(x, y) { this.x = x; this.y = y; if (x > 2) this.far = true; }
Point.prototype.len = function () { return Math.sqrt(this.x * this.x + this.y * this.y); };
var pts = [];
for (var n = 0; n < 5; n++) pts.push(new Point(n, n + 1));
print(pts.map(function (p) { return Object.keys(p).join('') + '=' + p.len().toFixed(2); }).join(' '), pts[4] instanceof Point);
class Field {
    a = 1;
    #secret = 2;
    constructor(b) { this.b = b; }
    get sum() { return this.a + this.b + this.#secret; }
    static has(o) { return #secret in o; }
}
var fields = [new Field(10), new Field(20), new Field(30)];
fields[1].extra = 'x';
print(fields.map(function (f) { return Object.keys(f).join('') + f.sum; }).join(' '), Field.has(fields[2]), Field.has({}));
function Empty() {}
var e1 = new Empty(), e2 = new Empty();
e2.later = 1;
print(Object.keys(e1).length, Object.keys(e2).join());
