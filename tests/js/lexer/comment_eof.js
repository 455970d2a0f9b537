// Checks that a script whose last line is a comment without a newline parses.
print("ok");
// last line, no newline