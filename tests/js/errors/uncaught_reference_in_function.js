// Checks an uncaught ReferenceError raised inside a function called at top level.
function useMissing() { return missingValue * 2; }
print("calling");
useMissing();
