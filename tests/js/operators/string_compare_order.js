// Checks that string comparison is by UTF-16 code units.
print("a" < "b", "Z" < "a", "a" < "aa", "ab" < "b");
print("10" < "2", "1" < "1.0", "é" > "z", "\u0000" < " ");
print("abc" > "ab", "abc" >= "abc", "abc" <= "abd");
print("A" < "a", "0" < "9", "9" < "A");
