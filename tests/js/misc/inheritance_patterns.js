// Checks classic ES5 inheritance via a prototype helper and super calls through call().
function inherit(Child, Parent) {
  function F() {}
  F.prototype = Parent.prototype;
  Child.prototype = new F();
  Child.prototype.constructor = Child;
}
function Shape(name) { this.name = name; }
Shape.prototype.describe = function () { return this.name + " with area " + this.area(); };
Shape.prototype.area = function () { return 0; };
function Rect(w, h) { Shape.call(this, "rect"); this.w = w; this.h = h; }
inherit(Rect, Shape);
Rect.prototype.area = function () { return this.w * this.h; };
function Square(s) { Rect.call(this, s, s); this.name = "square"; }
inherit(Square, Rect);
Square.prototype.describe = function () { return "[" + Rect.prototype.describe.call(this) + "]"; };
var shapes = [new Shape("blob"), new Rect(2, 3), new Square(4)];
for (var i = 0; i < shapes.length; i++) print(shapes[i].describe());
var sq = shapes[2];
print(sq instanceof Square, sq instanceof Rect, sq instanceof Shape, sq.constructor === Square);
print(sq.hasOwnProperty("w"), sq.hasOwnProperty("area"));
