// Checks that array toString / String() is join with commas, including nested arrays.
print(String([1, 2, 3]), [1, 2, 3] + "", [1, 2, 3].toString());
print(String([]), String([[]]), String([[], []]));
print(String([null, undefined]), String([1, [2, 3]]));
print("x" + [1] + [2]);
var a = [1, 2];
a.join = function () { return "custom join"; };
print(String(a));
