// Checks that tab, vertical tab, form feed, no-break space and other Zs spaces separate tokens.
var	a	=	1;
varb=2;
varc=3;
var d = 4;
print(a, b, c, d);
var e = 5;
var﻿f = 6;
print(e, f);
var     g   =    a    +    b   ;
print(g);
// a string keeps its whitespace: length of tab+vt+ff+nbsp
print("	 ".length);
