// Checks an event emitter using objects of arrays of closures, with call/apply forwarding.
function Emitter() { this.handlers = {}; }
Emitter.prototype.on = function (name, fn) {
  if (!this.handlers.hasOwnProperty(name)) this.handlers[name] = [];
  this.handlers[name].push(fn);
};
Emitter.prototype.emit = function (name) {
  var list = this.handlers[name] || [], args = [];
  for (var a = 1; a < arguments.length; a++) args.push(arguments[a]);
  for (var i = 0; i < list.length; i++) list[i].apply(this, args);
  return list.length;
};
var e = new Emitter(), log = [];
e.on("data", function (a, b) { log.push("h1:" + a + b); });
e.on("data", function () { log.push("h2:" + arguments.length); });
e.on("end", function () { log.push("end:" + (this === e)); });
print(e.emit("data", 1, 2), e.emit("end"), e.emit("none"));
print(log.join(" "));
