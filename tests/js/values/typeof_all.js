// Checks typeof on every kind of value, including undeclared names.
print(typeof undefined, typeof void 0);
print(typeof null);
print(typeof true, typeof false);
print(typeof 0, typeof -1.5, typeof NaN, typeof Infinity);
print(typeof "", typeof "abc");
print(typeof {}, typeof [], typeof new Object());
print(typeof function () {}, typeof print, typeof Object, typeof Math.floor);
print(typeof undeclaredName);
print(typeof typeof 1);
print(typeof new Error("x"), typeof Math);
var u; print(typeof u);
print(typeof (1 + "1"), typeof (1 - "1"));
