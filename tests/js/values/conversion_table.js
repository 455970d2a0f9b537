// Checks String, Number and boolean conversions of a table of values.
var vals = [undefined, null, true, false, 0, -0, 1, -1.5, NaN, Infinity, "", "0", "1", " 2 ", "a", [], [0], [1, 2], {}];
for (var i = 0; i < vals.length; i++) {
  var v = vals[i];
  var n = Number(v);
  print(i, String(v) + "|", n, 1 / n === -Infinity ? "negzero" : "", !!v);
}
