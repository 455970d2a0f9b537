// A large object (a hashed property table) whose keys are deleted and added
// again many times: every lookup still finds the live property, the deleted
// ones stay gone, and a key added again goes to the end of the order.
var o = {};
for (var i = 0; i < 600; i++) o['k' + i] = i;
for (var round = 0; round < 2000; round++) {
    var k = 'k' + (round % 7);
    delete o[k];
    o[k] = round;
}
var keys = Object.keys(o);
print(keys.length, keys.slice(0, 3).join(), keys.slice(-7).join());
print(o.k0, o.k6, o.k7, o.k599, 'k1' in o, o.hasOwnProperty('k5'));
// Deleting every other key, then adding them back in reverse.
for (var i = 0; i < 600; i += 2) delete o['k' + i];
print(Object.keys(o).length, 'k2' in o, o.k3);
for (var i = 598; i >= 0; i -= 2) o['k' + i] = -i;
keys = Object.keys(o);
print(keys.length, keys[0], keys[299], keys[300], keys[599], o.k0, o.k598, o.k599);
var sum = 0;
for (var i = 0; i < 600; i++) sum += o['k' + i];
print(sum);
