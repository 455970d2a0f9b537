// Checks string literal escape sequences (compared without printing control chars).
print("a\tb" === "a" + "\t" + "b", "\t".length);
print("\x41\x42\x43", "\x61" === "a");
print("\u0041\u00e9" === "A\xe9", "\u0041");
print("quote: \" and \'", 'single: \' and \"');
print("backslash: \\", "\\".length);
print("\n".length, "\r".length, "\v".length, "\f".length, "\b".length);
print("\0".length, "a\0b".length);
print("\q\w\e" === "qwe", "\z");
print("line1\nline2");
print("cont\
inued");
print("\u0041\u0062\u0043");
print("" === '', "".length);
print("\x20" === " ", "\u0020" === " ");
