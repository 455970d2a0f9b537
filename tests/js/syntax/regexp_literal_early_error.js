// Checks that an invalid regular expression literal is an early error: nothing runs.
print("not printed");
var r = /a(/;
