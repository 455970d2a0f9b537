// Checks equality and ordering of strings, including empty strings and prefixes.
print("a" == "a", "a" === "a", "a" != "b", "abc" === "ab" + "c");
print("" == "", "" < "a", "a" > "", "abc" < "abcd", "abcd" > "abc");
print("Apple" < "apple", "apple" < "Apple", "a1" < "a2", "a10" < "a9");
print("x" <= "x", "x" >= "y", "é" > "e");
var s1 = "te" + "st", s2 = "tes" + "t";
print(s1 === s2, s1 == s2);
