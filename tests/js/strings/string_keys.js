// Checks strings as property keys: numeric strings, empty strings, spaces and unicode.
var o = {};
o["1"] = "a"; o[1] = "b";
print(o["1"], o[1]);
o[""] = "empty"; o[" "] = "space"; o["\u00e9"] = "e-acute";
print(o[""], o[" "], o["é"]);
o["a b"] = 1; o["a-b"] = 2;
print(o["a b"] + o["a-b"]);
var keys = [];
for (var k in o) keys.push("[" + k + "]");
print(keys.join(""));
print("" in o, "x" in o, o.hasOwnProperty(" "));
