// Checks strict equality across different primitive types.
var vals = [0, "0", "", false, null, undefined, NaN, 1, "1", true];
var names = ["0", "'0'", "''", "false", "null", "undefined", "NaN", "1", "'1'", "true"];
for (var i = 0; i < vals.length; i++) {
  var row = [];
  for (var j = 0; j < vals.length; j++) {
    row.push(vals[i] === vals[j] ? "S" : (vals[i] == vals[j] ? "L" : "."));
  }
  print(names[i], row.join(""));
}
