// JSON.parse: every value kind, numbers, strings with escapes, white space,
// nesting, duplicate keys and index keys.
function show(x) { return x === 0 && 1 / x < 0 ? "-0" : String(x); }
print(JSON.parse("1"), JSON.parse("-0") === 0, show(JSON.parse("-0")), JSON.parse("1.5e3"), JSON.parse("1E-2"), JSON.parse("-12.5e+2"));
print(JSON.parse("true"), JSON.parse("false"), JSON.parse("null"), JSON.parse('"str"'), JSON.parse('""') === "");
print(JSON.parse("1e400"), JSON.parse("-1e400"), JSON.parse("1e-400"), JSON.parse("123456789012345678901234567890"));
print(JSON.parse("0.1") === 0.1, JSON.parse("9007199254740993"), JSON.parse("2.2250738585072011e-308"), JSON.parse("4.9e-324"));
print(JSON.parse(" \t\n\r 7 \t\n\r "), JSON.parse("[ 1 , 2 ]").length, JSON.parse("{ \"a\" : 1 }").a);
var s = JSON.parse('"a\\"b\\\\c\\/d\\be\\ff\\ng\\rh\\ti\\u0041\\u00e9\\u20AC\\ud83d\\ude00"');
print(s.length, s.charCodeAt ? s.charCodeAt(4) : 8, s === "a\"b\\c/d\be\ff\ng\rh\tiA\u00e9\u20ac\ud83d\ude00");
print(JSON.parse('"\\ud800"') === "\ud800", JSON.parse('"\u00e9\u4e2d"') === "\u00e9\u4e2d", JSON.parse('"\u2028\u2029"').length);
var o = JSON.parse('{"a":1,"b":[true,false,null],"c":{"d":"e","f":{}},"g":[],"h":[[[]]]}');
print(o.a, o.b.length, o.b[0], o.b[1], o.b[2], o.c.d, typeof o.c.f, o.g.length, o.h[0][0].length);
var d = JSON.parse('{"x":1,"y":2,"x":3}');
var keys = [];
for (var k in d) keys.push(k + "=" + d[k]);
print(keys.join(","));
var n = JSON.parse('{"b":1,"2":2,"a":3,"1":4,"10":5,"__proto__":6}');
keys = [];
for (var k in n) keys.push(k);
print(keys.join(","), n.hasOwnProperty("__proto__"), n.__proto__ === 6 || Object.getPrototypeOf(n) === Object.prototype);
var arr = JSON.parse("[1,[2,[3,[4]]],{\"k\":[5]}]");
print(arr.length, arr[1][1][1][0], arr[2].k[0], arr instanceof Array, Array.isArray ? Array.isArray(arr[1]) : true);
print(JSON.parse(1), JSON.parse(true), JSON.parse(null), JSON.parse({ toString: function () { return "[3]"; } })[0]);
print(JSON.parse(new String('"w"')), JSON.parse(" 42 "));
var deep = "";
for (var i = 0; i < 3000; i++) deep += "[";
for (var i = 0; i < 3000; i++) deep += "]";
var v = JSON.parse(deep), depth = 0;
while (v.length) { v = v[0]; depth++; }
print("depth", depth);
var deepObj = "";
for (var i = 0; i < 2000; i++) deepObj += '{"a":';
deepObj += "1";
for (var i = 0; i < 2000; i++) deepObj += "}";
v = JSON.parse(deepObj); depth = 0;
while (typeof v === "object") { v = v.a; depth++; }
print("object depth", depth, v);
var big = "[";
for (var i = 0; i < 5000; i++) big += (i ? "," : "") + i;
big += "]";
var b = JSON.parse(big);
print(b.length, b[4999], b[2500]);
print(JSON.parse.length, JSON.stringify.length, typeof JSON, String(JSON) === "[object JSON]" || String(JSON) === "[object Object]");
