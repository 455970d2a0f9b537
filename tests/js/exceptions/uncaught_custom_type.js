// Checks the uncaught report for TypeError and RangeError thrown explicitly.
print("start");
try { throw new RangeError("caught one"); } catch (e) { print(String(e)); }
throw new TypeError("bad type");
