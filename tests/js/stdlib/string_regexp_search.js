// String.prototype.search with RegExp patterns (ES5.1 15.5.4.12): index of
// the first match from 0, global and lastIndex ignored and left unchanged,
// other values turned into RegExps.
function show(v) { return typeof v === "string" ? "\x27" + v + "\x27" : String(v); }
function t(label, f) { var r; try { r = show(f()); } catch (e) { r = "threw " + e.name; } print(label + ": " + r); }

t("regexp", function () { return "hello world".search(/o/); });
t("regexp none", function () { return "hello".search(/x/); });
t("regexp class", function () { return "abc123".search(/\d/); });
t("regexp anchored", function () { return "abc".search(/^b/); });
t("regexp end", function () { return "abc".search(/$/); });
t("regexp empty", function () { return "abc".search(/(?:)/); });
t("ignore case", function () { return "ABC".search(/b/i); });
t("multiline", function () { return "ab\ncd".search(/^c/m); });
t("global ignored", function () { var re = /a/g; re.lastIndex = 3; return "banana".search(re) + " " + re.lastIndex; });
t("lastIndex kept", function () { var re = /n/; re.lastIndex = 7; return "banana".search(re) + " " + re.lastIndex; });
t("repeat global", function () { var re = /a/g; return "banana".search(re) + " " + "banana".search(re); });
t("string syntax", function () { return "a+b".search("\\+"); });
t("string dot", function () { return "xyz".search("."); });
t("string group", function () { return "foobar".search("(o)b"); });
t("string no syntax", function () { return "hello".search("ll"); });
t("undefined", function () { return "abc".search(); });
t("null", function () { return "a null".search(null); });
t("number", function () { return "a1.5".search(1.5); });
t("bad pattern", function () { return "abc".search("*"); });
t("generic this", function () { return String.prototype.search.call(98765, /6/); });
t("this undefined", function () { return String.prototype.search.call(undefined, /a/); });
t("word boundary", function () { return "one two".search(/\btw/); });
t("lookahead", function () { return "abcd".search(/c(?=d)/); });
t("negative lookahead", function () { return "acab".search(/a(?!c)/); });
t("non-BMP", function () { return "\ud83d\ude00x".search(/x/); });
t("length", function () { return String.prototype.search.length; });
