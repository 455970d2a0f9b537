// Checks that several closures created in the same call share one scope.
function make() {
  var n = 0;
  return {
    inc: function () { n++; },
    dec: function () { n--; },
    get: function () { return n; }
  };
}
var a = make(), b = make();
a.inc(); a.inc(); a.inc(); a.dec();
b.dec();
print(a.get(), b.get());
var fns = (function () {
  var log = [];
  return [function (x) { log.push(x); }, function () { return log.join(","); }];
})();
fns[0]("a"); fns[0]("b");
print(fns[1]());
