// Checks if/else, else-if chains, dangling else and truthiness of conditions.
function classify(n) {
  if (n < 0) return "neg";
  else if (n === 0) return "zero";
  else if (n < 10) return "small";
  else return "big";
}
print(classify(-5), classify(0), classify(3), classify(100));
var r = "";
if (1) if (0) r = "inner"; else r = "dangling-else-binds-inner";
print(r);
if ("") print("bad"); else print("empty string is falsy");
if ([]) print("empty array is truthy");
if (0) {} else {}
if (null) print("bad"); else if (undefined) print("bad"); else print("neither");
var x = 0;
if (x++) print("bad"); print(x);
if (x) { var declaredInIf = "hoisted"; }
print(declaredInIf);
