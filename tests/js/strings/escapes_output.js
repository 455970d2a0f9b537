// Checks printing strings containing quotes, backslashes, tabs and newlines.
print("tab:\tend");
print("two\nlines");
print("quote:\"x\" apostrophe:'y' backslash:\\z");
print('single \'quoted\' "double"');
print("\u263A".length, "\x7e", "\u007E");
print("mix: \x48\u0069\x21");
print("a\
b\
c");
