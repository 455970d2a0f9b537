// Checks places where ASI does not happen: a newline before ( or [ or an operator continues the expression.
var x = 1
+ 2
print(x)
var y = 10
- 4
* 2
print(y)
var s = "a"
+ "b"
+ "c"
print(s)
var f = function () { return 5 }
var r = f
()
print(r)
var arr = [1, 2, 3]
var v = arr
[1]
print(v)
var t = true
  ? "yes"
  : "no"
print(t)
