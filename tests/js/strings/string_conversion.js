// Checks String(x) for every primitive type and for objects.
print(String(123), String(-1.5), String(0), String(-0), String(NaN), String(Infinity), String(-Infinity));
print(String(true), String(false), String(null), String(undefined));
print(String("already"), String(""), String(" "));
print(String([1, 2]), String([]), String({}));
print(String(), String(undefined) === "undefined", String().length);
print(typeof String(1), String(String(5)));
print(String(1e21), String(1e-7), String(123e-10), String(-1e-7));
var o = { toString: function () { return "via toString"; }, valueOf: function () { return 99; } };
print(String(o), o + "");
