// Checks relational operators with mixed types (string/number/boolean/null/undefined/objects).
print("10" < "9", "10" < 9, 10 < "9", "abc" < "abd");
print("a" < "b", "B" < "a", "aa" > "a", "" < " ");
print(null < 1, null >= 0, null > 0, null <= 0);
print(undefined < 1, undefined > 1, undefined >= undefined);
print(true > false, true >= 1, false < 1, "1" > false);
print("x" < 1, "x" > 1, "" < 1, " 5 " > 4);
print([2] > 1, [1, 2] < 5, ({}) < 1);
var o = { valueOf: function () { return 10; } };
print(o > 9, o < "11", o >= 10);
