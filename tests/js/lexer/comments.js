// Checks single-line and multi-line comments in various positions.
var a = 1; // trailing comment
/* block comment */ var b = 2;
var c = /* inline */ 3;
/*
 * multi-line comment
 * var a = 100;
 */
// var b = 200;
print(a, b, c);
var d = 4 /* between tokens */ + /**/ 5;
print(d);
var e = "// not a comment";
var f = "/* not a comment */";
print(e, f);
/* comment with * and / inside ** / */
print("after /* ** */ comment");
var g = 10 /
  /* divisor on next line */ 2;
print(g);
// comment at end of file without newline
