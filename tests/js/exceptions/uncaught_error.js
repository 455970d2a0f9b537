// Checks that an uncaught Error thrown at top level ends the script and is reported.
print("before");
function fail() { throw new Error("something failed"); }
fail();
print("never printed");
