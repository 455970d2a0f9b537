// Object churn: many short-lived objects and arrays of varied shapes, with
// a small set kept alive in a ring.
var ring = new Array(64), total = 0;
for (var i = 0; i < 30000; i++) {
    var o = { id: i, name: 'n', tags: [i & 7, i & 3], next: null };
    if (i & 1) o.extra = { v: i };
    var slot = i & 63;
    o.next = ring[slot] ? ring[slot].id : -1;
    ring[slot] = o;
    total += o.tags[0] + o.tags[1] + (o.extra ? 1 : 0) + (o.next & 1);
}
print('churn', total, ring[5].id);
