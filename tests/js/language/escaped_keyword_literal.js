print("not reached");
var x = n\u0075ll;
