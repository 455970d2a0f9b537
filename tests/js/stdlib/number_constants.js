// Number constants: values and attributes (non-writable, non-enumerable,
// non-configurable), and the Number.prototype methods' lengths.
function show(x) { return x === 0 && 1 / x < 0 ? "-0" : String(x); }
print(Number.MAX_VALUE, Number.MIN_VALUE, Number.NaN, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
print(Number.MAX_VALUE === 1.7976931348623157e308, Number.MIN_VALUE === 5e-324, Number.MIN_VALUE / 2);
print(Number.MAX_VALUE * 2, -Number.MAX_VALUE * 2, Number.NaN !== Number.NaN);
print(typeof Number.MAX_VALUE, typeof Number.NaN);
var names = ["MAX_VALUE", "MIN_VALUE", "NaN", "NEGATIVE_INFINITY", "POSITIVE_INFINITY"];
for (var i = 0; i < names.length; i++) {
    var before = Number[names[i]];
    Number[names[i]] = 42;
    var deleted = delete Number[names[i]];
    print(names[i], show(Number[names[i]]) === show(before) || (before !== before && Number[names[i]] !== Number[names[i]]), deleted,
          Number.propertyIsEnumerable ? Number.propertyIsEnumerable(names[i]) : false);
}
var keys = [];
for (var k in Number) keys.push(k);
print("enumerable keys:", keys.length);
print(Number.prototype.toFixed.length, Number.prototype.toExponential.length, Number.prototype.toPrecision.length,
      Number.prototype.toString.length, Number.prototype.toLocaleString.length);
print((1234.5).toLocaleString === Number.prototype.toLocaleString, typeof (5).toLocaleString());
print(show(-0), (-0).toString(), (0).toString(2), (-0).toFixed(1));
