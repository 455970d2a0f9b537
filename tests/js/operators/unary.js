// Checks unary + - ! ~ and their conversions.
print(+"3", +"", +" ", +"3.5", +"-2", +"x", +true, +false, +null, +undefined);
print(-"3", -"", -true, -null, -undefined, -"-0");
print(1 / -"", 1 / +"-0");
print(!0, !1, !"", !"0", !null, !{}, !!NaN);
print(~0, ~1, ~-1, ~"5", ~null, ~undefined, ~NaN, ~4294967295, ~2147483648);
print(+[], +[5], +[1, 2], +{});
print(- -1, -(-(-2)), !!!true);
