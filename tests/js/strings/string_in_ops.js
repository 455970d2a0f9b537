// Checks strings in arithmetic: numeric strings convert, others give NaN.
print("6" * "7", "10" / "4", "9" - "3", "10" % "4");
print("3" + 4, 3 + "4", "3" - -"4", +"3" + +"4");
print(" 42 " * 1, "\n42\t" - 0, "" * 5, " " * 5);
print("0x1A" * 1, "1e3" * 1, ".5" * 2, "5." * 2, "-.5" * 2);
print("12abc" * 1, "abc" - 1, "1,000" * 1, "Infinity" * 1, "-Infinity" / 1);
print("1" == 1, "1.0" == 1, "01" == 1, "+1" == 1, "infinity" * 1);
