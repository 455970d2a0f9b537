// Checks typeof precedence and use with undeclared variables and properties.
print(typeof 1 + 2);
print(typeof (1 + 2));
print(typeof notDeclaredAnywhere === "undefined");
var o = { a: 1 };
print(typeof o.a, typeof o.b, typeof o["a"]);
print(typeof !1, typeof -"1", typeof ~"1", typeof void 1);
print(typeof typeof undefined);
print(typeof new Object(), typeof Object());
function f() {}
print(typeof new f(), typeof f, typeof f());
