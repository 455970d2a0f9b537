// Checks closures created in nested loops with factory functions capturing both indexes.
var grid = [];
for (var r = 0; r < 3; r++) {
  for (var c = 0; c < 3; c++) {
    grid.push((function (rr, cc) { return function () { return rr * 3 + cc; }; })(r, c));
  }
}
var out = [];
for (var i = 0; i < grid.length; i++) out.push(grid[i]());
print(out.join(","));
var late = [];
for (var a = 0; a < 2; a++) for (var b = 0; b < 2; b++) late.push(function () { return a + "" + b; });
print(late[0](), late[3]());
