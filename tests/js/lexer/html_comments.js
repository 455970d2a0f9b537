// Checks Annex B HTML-like comments: <!-- anywhere, --> first on a line.
<!-- html comment
var x = 1; <!-- again
  --> close comment
print(x, x-->0, x)
/* a
 */ --> after a multi-line comment
print("end")
