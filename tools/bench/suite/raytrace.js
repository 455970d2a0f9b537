// Ray tracer: spheres over a checkered plane, one point light, shadows and
// one bounce of reflection; the checksum sums the quantised pixels.
function V(x, y, z) { this.x = x; this.y = y; this.z = z; }
V.prototype.add = function (o) { return new V(this.x + o.x, this.y + o.y, this.z + o.z); };
V.prototype.sub = function (o) { return new V(this.x - o.x, this.y - o.y, this.z - o.z); };
V.prototype.mul = function (k) { return new V(this.x * k, this.y * k, this.z * k); };
V.prototype.dot = function (o) { return this.x * o.x + this.y * o.y + this.z * o.z; };
V.prototype.norm = function () { return this.mul(1 / Math.sqrt(this.dot(this))); };

function Sphere(center, radius, color, reflect) {
    this.center = center; this.r2 = radius * radius; this.color = color; this.reflect = reflect;
}
Sphere.prototype.hit = function (origin, dir) {
    var oc = origin.sub(this.center);
    var b = oc.dot(dir), c = oc.dot(oc) - this.r2, disc = b * b - c;
    if (disc < 0) return -1;
    var t = -b - Math.sqrt(disc);
    return t > 1e-4 ? t : -1;
};
Sphere.prototype.normalAt = function (p) { return p.sub(this.center).norm(); };
Sphere.prototype.colorAt = function () { return this.color; };

function Plane(y) { this.y = y; this.reflect = 0.3; }
Plane.prototype.hit = function (origin, dir) {
    if (Math.abs(dir.y) < 1e-9) return -1;
    var t = (this.y - origin.y) / dir.y;
    return t > 1e-4 ? t : -1;
};
Plane.prototype.normalAt = function () { return new V(0, 1, 0); };
Plane.prototype.colorAt = function (p) {
    return ((Math.floor(p.x) + Math.floor(p.z)) & 1) ? new V(0.9, 0.9, 0.9) : new V(0.1, 0.1, 0.1);
};

var scene = [
    new Sphere(new V(0, 1, 5), 1, new V(0.9, 0.2, 0.2), 0.4),
    new Sphere(new V(-2, 0.7, 6), 0.7, new V(0.2, 0.9, 0.2), 0.2),
    new Sphere(new V(2, 0.5, 4), 0.5, new V(0.2, 0.2, 0.9), 0.6),
    new Plane(0)
];
var light = new V(-4, 6, 0);

function nearest(origin, dir) {
    var best = null, bestT = 1e30;
    for (var i = 0; i < scene.length; i++) {
        var t = scene[i].hit(origin, dir);
        if (t > 0 && t < bestT) { bestT = t; best = scene[i]; }
    }
    return best === null ? null : { obj: best, t: bestT };
}

function trace(origin, dir, depth) {
    var h = nearest(origin, dir);
    if (h === null) return new V(0.5, 0.7, 1.0).mul(0.5 + 0.5 * dir.y);
    var p = origin.add(dir.mul(h.t)), n = h.obj.normalAt(p);
    var toLight = light.sub(p), dist = Math.sqrt(toLight.dot(toLight));
    toLight = toLight.mul(1 / dist);
    var diffuse = Math.max(0, n.dot(toLight));
    var shadow = nearest(p, toLight);
    if (shadow !== null && shadow.t < dist) diffuse *= 0.3;
    var color = h.obj.colorAt(p).mul(0.15 + 0.85 * diffuse);
    if (depth > 0 && h.obj.reflect > 0) {
        var r = dir.sub(n.mul(2 * dir.dot(n)));
        color = color.mul(1 - h.obj.reflect).add(trace(p, r, depth - 1).mul(h.obj.reflect));
    }
    return color;
}

function render(w, hgt) {
    var eye = new V(0, 1.5, -1), sum = 0;
    for (var y = 0; y < hgt; y++) {
        for (var x = 0; x < w; x++) {
            var dir = new V((x - w / 2) / w, (hgt / 2 - y) / hgt, 1).norm();
            var c = trace(eye, dir, 2);
            sum += Math.min(255, Math.floor(c.x * 255)) + 3 * Math.min(255, Math.floor(c.y * 255)) + 7 * Math.min(255, Math.floor(c.z * 255));
        }
    }
    return sum;
}
print('raytrace', render(48, 36));
