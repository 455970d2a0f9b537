// Checks == and != with type conversions.
print(1 == "1", 0 == "", 0 == "0", "" == "0", 1 == "1.0", 255 == "0xff");
print(true == "1", false == "0", true == "true", false == "");
print(null == undefined, null == 0, undefined == 0, null == "", null == false);
print(NaN == NaN, NaN != NaN, NaN == "NaN");
print([1] == 1, [1, 2] == "1,2", [] == "", [] == 0, [0] == false);
var o = { valueOf: function () { return 42; } };
print(o == 42, o == "42", o != 41);
var p = { toString: function () { return "hi"; } };
print(p == "hi", p == p, p == { toString: p.toString });
print(" 1 " == 1, "\n" == 0, "\t1\n" == 1);
