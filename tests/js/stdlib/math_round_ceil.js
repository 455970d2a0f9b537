// Math.round (ES5: floor(x + 0.5) with -0 results) and Math.ceil, with
// Math.floor for comparison.
function show(x) { return x === 0 && 1 / x < 0 ? "-0" : String(x); }
var values = [0, -0, 0.5, -0.5, 0.49999999999999994, -0.49999999999999994, 1.5, -1.5, 2.5, -2.5, 0.4, -0.4,
              -0.6, 1.4999999999999998, 4503599627370495.5, 4503599627370497, -4503599627370497, 9007199254740991,
              1e300, -1e300, 5e-324, -5e-324, 0.1, -0.1, 123.456, -123.456, Infinity, -Infinity, NaN];
for (var i = 0; i < values.length; i++)
    print(show(values[i]), show(Math.round(values[i])), show(Math.ceil(values[i])), show(Math.floor(values[i])));
print(show(Math.round("2.5")), show(Math.round(null)), show(Math.round()), show(Math.ceil("-0.5")), show(Math.ceil([])));
print(Math.round.length, Math.ceil.length);
