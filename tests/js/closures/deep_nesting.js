// Checks closures nested six levels, each level capturing its own variable and the outermost counter.
function l1() {
  var count = 0, a = "a";
  return function l2() {
    var b = "b";
    return function l3() {
      var c = "c";
      return function l4() {
        var d = "d";
        return function l5() {
          var e = "e";
          return function l6() { count++; return a + b + c + d + e + count; };
        };
      };
    };
  };
}
var f2 = l1();
var f6 = f2()()()();
print(f6(), f6());
var g6 = f2()()()();
print(g6(), f6());
var other = l1()()()()();
print(other());
