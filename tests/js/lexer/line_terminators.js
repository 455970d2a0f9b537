// Checks CRLF and CR line terminators, and ASI across them.
var a = 1
var b = 2print(a, b)
// comment ending in CRprint("after")
