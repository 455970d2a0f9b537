// Checks a default clause in the middle: it is tried last but falls through in source order.
function f(x) {
  var out = "";
  switch (x) {
    case "a": out += "a";
    default: out += "d";
    case "b": out += "b"; break;
    case "c": out += "c";
  }
  return out;
}
print(f("a"), f("b"), f("c"), f("z"));
var log = [];
switch (5) {
  case 1: log.push(1);
  default: log.push("def");
  case 2: log.push(2);
}
print(log.join(","));
var s = 0;
for (var i = 0; i < 5; i++) {
  switch (i) {
    case 1: continue;
    case 3: s += 100; break;
    default: s += i;
  }
  s += 1000;
}
print(s);
