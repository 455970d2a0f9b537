// Checks print: no arguments, several arguments, String() conversion of each.
print();
print("one");
print("a", "b", "c");
print(1, true, null, undefined, NaN);
print([1, 2], {}, "");
print("", "");
print(" leading", "trailing ");
print("a" + "b", "c");
print(-0, 1e21, [null, undefined]);
