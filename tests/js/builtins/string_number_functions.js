// Checks String and Number called as functions return primitives.
print(typeof String(1), typeof Number("1"), typeof String(), typeof Number());
print(String(Number("42")) === "42", Number(String(42)) === 42);
print(Number(String(0.1 + 0.2)) === 0.1 + 0.2, Number(String(1 / 3)) === 1 / 3);
print(Number(String(5e-324)), Number(String(1.7976931348623157e308)));
print(String(Number("  -12.50  ")), String(Number("1e21")));
