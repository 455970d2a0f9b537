// Checks closures inside methods capturing `this` through a variable.
function Timer(name) {
  this.name = name;
  this.ticks = 0;
  var self = this;
  this.tick = function () { self.ticks++; return self.name + ":" + self.ticks; };
}
var t = new Timer("t1");
var tick = t.tick;
print(tick(), tick(), t.ticks);
var obj = {
  val: 7,
  getGetter: function () { var that = this; return function () { return that.val; }; }
};
var getter = obj.getGetter();
obj.val = 8;
print(getter());
