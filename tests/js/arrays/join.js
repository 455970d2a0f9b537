// Checks join: default separator, custom separators, holes/undefined/null as empty.
var a = [1, 2, 3];
print(a.join(), a.join(","), a.join(""), a.join(" - "), a.join(undefined));
print([1, null, 2, undefined, 3].join("-"));
print([1, , 3].join("-"));
print([].join(), [].join("x"), [null].join(), [undefined, undefined].join());
print(["a"].join("sep"));
print([1, [2, 3], [[4]]].join(";"));
print([true, false, NaN, -0, 1e21].join(" "));
print(a.join(0), a.join(null), a.join(1));
var o = { toString: function () { return "O"; } };
print([o, o].join("+"));
print(new Array(3).join("x").length);
