// Deep but bounded nesting through C runs: the C stack check (docs/c-stack.md)
// must not fire early. Depths fit every port's defaults (the smallest is
// mps2: 64 KiB of C stack, 40 native re-entries, JSON walks of 200 levels).

// JSON.parse builds values without recursion: any depth.
var s = Array(501).join('[') + Array(501).join(']');
var v = JSON.parse(s), depth = 0;
while (v.length) { v = v[0]; depth++; }
print('parse', depth);

// The reviver walk recurses once per level.
var calls = 0;
JSON.parse(Array(151).join('[') + '1' + Array(151).join(']'), function (k, v) { calls++; return v; });
print('reviver', calls);

// stringify of nested arrays and objects.
var a = [], o = {};
for (var i = 0; i < 150; i++) { a = [a]; o = {x: o}; }
print('stringify', JSON.stringify(a).length, JSON.stringify(o).length);

// The parser: nested parentheses, array literals and functions.
print('parens', eval(Array(51).join('(') + '42' + Array(51).join(')')));
print('arrays', eval(Array(51).join('[') + Array(51).join(']')).length);
print('functions', eval(Array(11).join('(function () { return ') + '7' + Array(11).join(' })()')));

// Native -> JavaScript re-entry: map callbacks, getters, toString chains.
var d = 0;
function f() { if (++d < 15) [0].map(f); return d; }
print('map', f());
var g = {}, gd = 0;
Object.defineProperty(g, 'x', { get: function () { return ++gd < 15 ? g.x : gd; } });
print('getter', g.x);
var td = 0, t = { toString: function () { return ++td < 15 ? String(t) : 'end'; } };
print('toString', String(t), td);
function e(k) { return k ? eval('e(' + (k - 1) + ')') : 'eval'; }
print(e(10));

// JavaScript recursion uses no C stack.
function r(k) { return k ? r(k - 1) + 1 : 0; }
print('js', r(1500));
