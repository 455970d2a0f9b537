// Checks switch with fall-through, break, default and no match.
function f(x) {
  var out = [];
  switch (x) {
    case 1: out.push("one");
    case 2: out.push("two"); break;
    case 3: out.push("three");
    default: out.push("default");
    case 4: out.push("four");
  }
  return out.join(",");
}
print(f(1));
print(f(2));
print(f(3));
print(f(4));
print(f(99));
function g(x) {
  switch (x) { case "a": return "A"; case "b": return "B"; }
  return "none";
}
print(g("a"), g("b"), g("c"));
switch (1) {}
print("empty switch ok");
