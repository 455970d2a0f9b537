// Checks that a nested duplicate label is a SyntaxError.
print("never");
a: a: for (;;) break a;
