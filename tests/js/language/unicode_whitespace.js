// Every ES5 WhiteSpace and LineTerminator between tokens, also right after numbers.
var a = 1 + 2 *　3﻿;
print(a);
var b = 0x10 - 1.5e1 ;
print(b);
var c =4+	5  ;
print(c);
var d·e = 6; // U+00B7 continues an identifier
print(d·e);
print(1 
+1);
