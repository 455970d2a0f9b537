// Checks new Array(-1) uncaught.
print("before");
var a = new Array(-1);
print("never");
