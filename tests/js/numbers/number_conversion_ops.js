// Checks implicit ToNumber in operators for booleans, null, undefined, objects.
print(true + 1, false - 1, null * 5, undefined * 5, true / 2);
print("5" - 2, "5" * "2", [3] - 1, [] - 1, {} - 1);
print(null + null, true + true + true, undefined + undefined);
print(- "", - " 1 ", - "0x10", - [2]);
var o = { valueOf: function () { return 3; } };
print(o * o, o - 1, -o, +o, o / 0);
