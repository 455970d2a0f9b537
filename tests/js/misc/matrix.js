// Checks nested arrays as matrices: multiplication, transpose, identity.
function mul(a, b) {
  var r = [];
  for (var i = 0; i < a.length; i++) {
    r.push([]);
    for (var j = 0; j < b[0].length; j++) {
      var s = 0;
      for (var k = 0; k < b.length; k++) s += a[i][k] * b[k][j];
      r[i].push(s);
    }
  }
  return r;
}
function show(m) { var rows = []; for (var i = 0; i < m.length; i++) rows.push(m[i].join(" ")); return rows.join(" / "); }
var a = [[1, 2], [3, 4]], b = [[5, 6], [7, 8]];
print(show(mul(a, b)));
var id = [[1, 0], [0, 1]];
print(show(mul(a, id)));
var p = a;
for (var n = 0; n < 10; n++) p = mul(p, a);
print(show(p));
