// Math and JSON keep their property tables in flash: reading, then every
// kind of change (the first change copies the table to RAM), with the
// specification's results. Names are listed sorted (the engine keeps its
// own order of built-in properties; node's differs).
// ES2026 names node 20 has not are left out (json_raw.js and
// math_sum_precise.js test them).
var newer = ['rawJSON', 'isRawJSON', 'sumPrecise'];
function names(o) {
    return Object.getOwnPropertyNames(o).filter(function (n) { return newer.indexOf(n) < 0; }).sort().join();
}
function desc(o, k) {
    var d = Object.getOwnPropertyDescriptor(o, k);
    return d ? [typeof d.value, d.writable, d.enumerable, d.configurable].join('/') : 'none';
}
print(Math.max(1, 5, 3), Math.floor(-2.5), Math.abs(-7), Math.pow(2, 10), Math.sqrt(81));
print(Math.max.name, Math.max.length, Math.atan2.length, typeof Math.random);
print(desc(Math, 'PI'), desc(Math, 'floor'), desc(JSON, 'parse'));
print(Object.keys(Math).length, Object.keys(JSON).length, Math.hasOwnProperty('tan'), 'min' in Math);
print(JSON.stringify(JSON.parse('{"a":[1,2,{"b":null}]}')));
// Writes to read-only constants fail, and in strict code throw.
Math.PI = 4;
print(Math.PI === 3.141592653589793);
try { (function () { 'use strict'; Math.E = 1; })(); } catch (e) { print(e instanceof TypeError); }
// Adding, replacing, deleting.
Math.cube = function (x) { return x * x * x; };
print(Math.cube(3), desc(Math, 'cube'), Object.keys(Math).join());
Math.floor = function () { return 'replaced'; };
print(Math.floor(1.5), Math.ceil(1.5));
print(delete Math.min, 'min' in Math, typeof Math.min, Math.max(2, 9));
print(delete Math.LN2, Math.LN2, desc(Math, 'LN2'));
Object.defineProperty(Math, 'round', { enumerable: true });
print(desc(Math, 'round'), Object.keys(Math).join(), Math.round(2.5));
// (Only ES5's names: node has the later Math functions too.)
var es5 = 'E,LN10,LN2,LOG10E,LOG2E,PI,SQRT1_2,SQRT2,abs,acos,asin,atan,atan2,ceil,cos,cube,exp,floor,log,max,min,pow,random,round,sin,sqrt,tan'.split(',');
print(names(Math).split(',').filter(function (n) { return es5.indexOf(n) >= 0; }).join());
// Every method of the other table still works after its object changed.
JSON.extra = 1;
print(JSON.stringify([JSON.extra]), JSON.parse('7'), names(JSON));
// Integrity levels copy the table as well.
Object.freeze(JSON);
print(Object.isFrozen(JSON), desc(JSON, 'stringify'));
JSON.more = 2;
print(JSON.more, JSON.stringify({ k: 'v' }));
Object.seal(Math);
print(Object.isSealed(Math), Object.isFrozen(Math), delete Math.sin, typeof Math.sin);
