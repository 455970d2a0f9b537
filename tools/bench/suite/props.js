// Property access: reads and writes of named properties on objects of a
// few shapes, through prototypes and with computed keys.
function Vec(x, y) { this.x = x; this.y = y; }
Vec.prototype.len2 = function () { return this.x * this.x + this.y * this.y; };
function Particle(i) { this.pos = new Vec(i, -i); this.vel = new Vec(1, 2); this.mass = 1 + (i & 3); this.id = i; }
var ps = [];
for (var i = 0; i < 200; i++) ps.push(new Particle(i));
var total = 0;
for (var step = 0; step < 400; step++) {
    for (var k = 0; k < ps.length; k++) {
        var p = ps[k];
        p.pos.x += p.vel.x * p.mass;
        p.pos.y += p.vel.y;
        if (p.pos.x > 1000) p.pos.x -= 2000;
        if (p.pos.y > 1000) p.pos.y -= 2000;
        total += p.pos.len2() & 1023;
    }
}
var keys = ['alpha', 'beta', 'gamma', 'delta'], o = { alpha: 1, beta: 2, gamma: 3, delta: 4 };
for (var r = 0; r < 100000; r++) {
    var key = keys[r & 3];
    o[key] = o[key] + 1;
    total += o.alpha + o.delta;
}
print('props', total);
