// Checks unicode escapes in identifiers and non-ASCII identifier characters.
var \u0061bc = 1;
print(abc);
var x\u0079z = "xyz";
print(xyz);
var caf\u00e9 = "accent";
print(café);
var ünïcödé = 5;
print(\u00fcn\u00efc\u00f6d\u00e9);
var obj = { \u0070rop: 7 };
print(obj.prop, obj["prop"]);
function \u0066oo() { return "foo called"; }
print(foo());
var $ = 1, _ = 2, $_$ = 3, _$1 = 4;
print($, _, $_$, _$1);
