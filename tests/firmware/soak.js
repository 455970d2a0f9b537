// Soak test (tests/firmware/soak.c): churns objects, strings, arrays and
// closures of many sizes through a ring of SLOTS live values, so the live
// size stays bounded while the sizes keep changing. Every value replaced is
// checked first: a corrupted heap shows as a thrown Error, not as luck.
// ITERATIONS and sample() come from the firmware (or the host stand-in).
var SLOTS = 32;
var ring = new Array(SLOTS);
var made = 0, checked = 0;

function makeClosure(n) {
    var captured = n, extra = 'c' + n;
    return function (x) { return x + captured + extra.length; };
}

function make(i) {
    var kind = i % 6, n = (i * 2654435761 >>> 0) % 97, v;
    if (kind === 0) {
        v = { tag: i, name: 'o' + i };
        for (var p = 0; p < n % 9; p++) v['k' + p] = p;
    } else if (kind === 1) {
        v = 'str' + i;
        while (v.length < n * 2) v += v.length;
    } else if (kind === 2) {
        v = [];
        for (var q = 0; q < n % 40; q++) v.push(q * i);
        v.tag = i;
    } else if (kind === 3) {
        v = makeClosure(i);
    } else if (kind === 4) {
        v = { tag: i, list: [i, 'x' + (i % 100)], inner: { d: n } };
    } else {
        v = String(i * 3) + '/' + (n % 13).toString(2);
    }
    made++;
    return v;
}

// What make(i) put there must still be there.
function check(v, i) {
    var kind = i % 6, ok;
    if (kind === 0 || kind === 4) ok = v.tag === i;
    else if (kind === 1) ok = v.slice(0, 3 + String(i).length) === 'str' + i;
    else if (kind === 2) ok = v.tag === i && (v.length === 0 || v[v.length - 1] === (v.length - 1) * i);
    else if (kind === 3) ok = v(1) === 1 + i + ('c' + i).length;
    else ok = v.indexOf(String(i * 3) + '/') === 0;
    if (!ok) throw new Error('value ' + i + ' corrupted');
    checked++;
}

var owner = new Array(SLOTS);
for (var i = 0; i < ITERATIONS; i++) {
    var slot = (i * 7) % SLOTS;
    if (ring[slot] !== undefined) check(ring[slot], owner[slot]);
    ring[slot] = make(i);
    owner[slot] = i;
    if (i % 2000 === 0) sample(i);
}
made + ' made, ' + checked + ' checked';
