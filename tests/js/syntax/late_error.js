// Checks that a syntax error on the last line prevents the earlier lines from running.
print("line 1");
function ok() { return 1; }
print(ok());
var list = [1, 2, 3];
for (var i = 0; i < list.length; i++) print(list[i]);
var broken = [1, 2;
