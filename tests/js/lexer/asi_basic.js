// Checks ASI at newlines, before } and at end of input.
var a = 1
var b = 2
print(a + b)
function f() { return 7 }
print(f())
var o = { x: 1, y: 2 }
print(o.x + o.y)
if (a) { print("block") }
var i = 0
while (i < 3) i++
print(i)
do i--; while (i > 0)
print("after do-while", i)
var s = "no semicolon at the end"
print(s)
