// Functions made inside with close over the object.
var fs = [];
for (var i = 0; i < 3; i++) {
  with ({v: i}) {
    fs.push(function () { return v; });
  }
}
print(fs[0](), fs[1](), fs[2]());

// The closure sees later changes and writes through.
var obj = {count: 0};
var inc;
with (obj) {
  inc = function () { count++; return count; };
}
inc();
inc();
print(obj.count);
obj.count = 10;
print(inc());
delete obj.count;
var count = 'var';
print(inc(), count);

// Nested functions two levels down, and a local that shadows the object.
function make() {
  var m = {w: 'from with'};
  with (m) {
    return function () {
      return function () {
        var own = w;
        return own;
      };
    };
  }
}
print(make()()());
function shadow() {
  with ({s: 'object'}) {
    return function (s) { return s; };
  }
}
print(shadow()('parameter'));

// Function declarations in the body close over the with object.
var d = {q: 'declared inside with'};
with (d) {
  function declared() { return q; }
}
print(declared());

// Calls through the object pass it as this; others get undefined this.
var self = {
  who: function () { return this === self; },
  name: 'self'
};
function plain() { 'use strict'; return this; }
with (self) {
  print(who(), plain());
  var strictInside = function () { 'use strict'; return who(); };
}
print(strictInside());

// A variable declared later in the enclosing function hides the with
// object from a function made before the declaration is reached.
var later = {x: 'with x'};
with (later) {
  var hoisted = function () {
    var r = (function () { return x; })();
    var x = 'local';
    return r;
  };
}
print(hoisted());
