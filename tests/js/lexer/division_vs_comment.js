// Checks that / is division after identifiers, numbers and closing parens/brackets.
var a = 10, b = 2, g = 5;
print(a / b / g);
print((a) / b);
var arr = [20];
print(arr[0] / b);
print(a /b/ g);
print(10/2/5);
var x = a
/ b;
print(x);
