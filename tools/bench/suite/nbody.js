// N-body: five bodies under gravity, advanced with a fixed time step; the
// checksum is the system's energy before and after.
var PI = 3.141592653589793, SOLAR_MASS = 4 * PI * PI, DAYS = 365.24;

function Body(x, y, z, vx, vy, vz, mass) {
    this.x = x; this.y = y; this.z = z;
    this.vx = vx * DAYS; this.vy = vy * DAYS; this.vz = vz * DAYS;
    this.mass = mass * SOLAR_MASS;
}

function system() {
    var bodies = [
        new Body(0, 0, 0, 0, 0, 0, 1),
        new Body(4.84, -1.16, -0.10, 1.66e-3, 7.70e-3, -6.90e-5, 9.55e-4),
        new Body(8.34, 4.12, -0.40, -2.77e-3, 5.00e-3, 2.30e-5, 2.86e-4),
        new Body(12.89, -15.11, -0.22, 2.96e-3, 2.38e-3, -2.96e-5, 4.37e-5),
        new Body(15.38, -25.92, 0.18, 2.68e-3, 1.63e-3, -9.51e-5, 5.15e-5)
    ];
    var px = 0, py = 0, pz = 0;
    for (var i = 1; i < bodies.length; i++) {
        px += bodies[i].vx * bodies[i].mass;
        py += bodies[i].vy * bodies[i].mass;
        pz += bodies[i].vz * bodies[i].mass;
    }
    bodies[0].vx = -px / SOLAR_MASS; bodies[0].vy = -py / SOLAR_MASS; bodies[0].vz = -pz / SOLAR_MASS;
    return bodies;
}

function advance(bodies, dt) {
    var n = bodies.length;
    for (var i = 0; i < n; i++) {
        var a = bodies[i];
        for (var j = i + 1; j < n; j++) {
            var b = bodies[j];
            var dx = a.x - b.x, dy = a.y - b.y, dz = a.z - b.z;
            var d2 = dx * dx + dy * dy + dz * dz;
            var mag = dt / (d2 * Math.sqrt(d2));
            a.vx -= dx * b.mass * mag; a.vy -= dy * b.mass * mag; a.vz -= dz * b.mass * mag;
            b.vx += dx * a.mass * mag; b.vy += dy * a.mass * mag; b.vz += dz * a.mass * mag;
        }
    }
    for (var k = 0; k < n; k++) {
        var c = bodies[k];
        c.x += dt * c.vx; c.y += dt * c.vy; c.z += dt * c.vz;
    }
}

function energy(bodies) {
    var e = 0;
    for (var i = 0; i < bodies.length; i++) {
        var a = bodies[i];
        e += 0.5 * a.mass * (a.vx * a.vx + a.vy * a.vy + a.vz * a.vz);
        for (var j = i + 1; j < bodies.length; j++) {
            var b = bodies[j];
            var dx = a.x - b.x, dy = a.y - b.y, dz = a.z - b.z;
            e -= a.mass * b.mass / Math.sqrt(dx * dx + dy * dy + dz * dz);
        }
    }
    return e;
}

var STEPS = 5000;
var bodies = system();
var before = energy(bodies);
for (var s = 0; s < STEPS; s++) advance(bodies, 0.01);
print('nbody', before.toFixed(9), energy(bodies).toFixed(9));
