// Checks + with strings: concatenation and conversion of the other operand.
print("a" + "b", "a" + 1, 1 + "a", "1" + 2 + 3, 1 + 2 + "3");
print("x" + true, "x" + null, "x" + undefined, "x" + NaN);
print("x" + 1.5, "x" + -0, "x" + 1e21, "x" + 1e-7);
print("x" + [1, 2], "x" + [], "x" + {});
print([] + [], [] + {}, [1] + [2]);
print(1 + [2], 1 + null, 1 + undefined, 1 + true);
print(typeof (1 + "2"), typeof ("" + 1));
var s = "";
for (var i = 0; i < 5; i++) s += i;
print(s, s.length);
print("" + "" === "", ("a" + "").length);
var o = { toString: function () { return "O"; } };
print("x" + o, o + "y", o + 1);
