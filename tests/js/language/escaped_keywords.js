// Reserved words written with unicode escapes are IdentifierNames: fine as
// property names after '.' and as object literal keys.
var o = { \u0069f: 1, bre\u0061k: 2, n\u0065w: 3, "v\u0061r": 4 };
o.c\u006cass = 5;
o.\u0074rue = 6;
print(o.if, o.break, o.new, o.var, o["class"], o.tr\u0075e);
var \u0061b\u0063 = 7;  // an escaped identifier that is no keyword
print(abc);
var g\u0065t = { get \u0067et() { return 8; } };
print(get.get);
