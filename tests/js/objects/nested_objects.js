// Checks building and walking nested object structures.
var tree = { value: 1, children: [
  { value: 2, children: [] },
  { value: 3, children: [{ value: 4, children: [] }, { value: 5, children: [] }] }
] };
function sum(node) {
  var s = node.value;
  for (var i = 0; i < node.children.length; i++) s += sum(node.children[i]);
  return s;
}
print(sum(tree));
function depth(node) {
  var d = 0;
  for (var i = 0; i < node.children.length; i++) { var c = depth(node.children[i]); if (c > d) d = c; }
  return d + 1;
}
print(depth(tree));
var list = null;
for (var i = 0; i < 5; i++) list = { v: i, next: list };
var vals = [];
for (var n = list; n; n = n.next) vals.push(n.v);
print(vals.join("->"));
var deep = {};
var cur = deep;
for (i = 0; i < 50; i++) { cur.child = {}; cur = cur.child; }
cur.leaf = "found";
cur = deep;
var levels = 0;
while (cur.child) { cur = cur.child; levels++; }
print(levels, cur.leaf);
