print("not reached");
var bre\u0061k = 1;
