// Checks equality and comparison of arrays through conversion to strings.
var a = [1, 2];
print(a == "1,2", a == a, [] == [], [] == false, [0] == false, [1] == true);
print([10] > [9], [10] > 9, [2] > [10], [] < [1]);
print([1, 2] + 1, [] + 1, [null] + 1, [undefined] + 1);
print([[1]] == 1, [[]] == 0);
