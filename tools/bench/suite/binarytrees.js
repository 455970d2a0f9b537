// Binary trees: allocate complete trees of several depths, walk them and
// drop them, while one long-lived tree stays.
function Node(left, right) { this.left = left; this.right = right; }
function make(depth) { return depth === 0 ? new Node(null, null) : new Node(make(depth - 1), make(depth - 1)); }
function check(node) { return node.left === null ? 1 : 1 + check(node.left) + check(node.right); }
var MAX = 9;
var out = [];
out.push(check(make(MAX + 1)));
var longLived = make(MAX);
for (var d = 4; d <= MAX; d += 2) {
    var iterations = 1 << (MAX - d + 4), sum = 0;
    for (var i = 0; i < iterations; i++) sum += check(make(d));
    out.push(iterations + ':' + sum);
}
out.push(check(longLived));
print('binarytrees', out.join(' '));
