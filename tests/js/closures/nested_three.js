// Checks closures nested three levels deep reading and writing outer variables.
function level1(a) {
  var x = "L1";
  return function level2(b) {
    var y = "L2";
    return function level3(c) {
      var z = "L3";
      a += 1;
      return [x, y, z, a, b, c].join(" ");
    };
  };
}
var f2 = level1(100);
var f3 = f2("b");
print(f3("c"));
print(f3("d"));
print(f2("e")("f"));
print(level1(0)("g")("h"));
function outer() {
  var v = 1;
  function mid() { function inner() { v *= 2; return v; } return inner; }
  return [mid(), mid(), function () { return v; }];
}
var fs = outer();
fs[0](); fs[1](); fs[0]();
print(fs[2]());
