// Object creation and property reads/writes through constructors.
function Point(x, y) { this.x = x; this.y = y; }
Point.prototype.norm1 = function () { return Math.abs(this.x) + Math.abs(this.y); };
function run() {
    var total = 0;
    for (var i = 0; i < 100000; i++) {
        var p = new Point(i, -i);
        p.x = p.x + 1;
        total += p.norm1();
    }
    return total;
}
print(run());
