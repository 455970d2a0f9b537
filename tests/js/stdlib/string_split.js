// String.prototype.split with string separators: undefined separator,
// empty separator, separators at the ends, adjacent separators, limits
// (ToUint32: 0, negative, fractions, huge), empty strings, non-Latin-1
// text, generic this and errors.
function show(v) { return typeof v === "string" ? "\x27" + v + "\x27" : (v === 0 && 1 / v < 0 ? "-0" : String(v)); }
function t(label, f) { var r; try { r = show(f()); } catch (e) { r = "threw " + e.name; } print(label + ": " + r); }
function codes(s) { var r = []; for (var i = 0; i < s.length; i++) r.push(s.charCodeAt(i)); return r.join(" "); }
function arr(a) { return a === null ? "null" : a.length + ":[" + a.join("|") + "]"; }

t("comma", function () { return arr("a,b,c".split(",")); });
t("multi-char", function () { return arr("a::b::c".split("::")); });
t("ends", function () { return arr(",a,b,".split(",")); });
t("adjacent", function () { return arr("a,,b".split(",")); });
t("only sep", function () { return arr(",".split(",")); });
t("missing sep", function () { return arr("abc".split("x")); });
t("sep longer", function () { return arr("ab".split("abc")); });
t("whole", function () { return arr("abc".split("abc")); });
t("undefined sep", function () { return arr("a,b".split()); });
t("undefined sep explicit", function () { return arr("a,b".split(undefined)); });
t("undefined sep limit 0", function () { return arr("a,b".split(undefined, 0)); });
t("empty sep", function () { return arr("abc".split("")); });
t("empty sep limit 2", function () { return arr("abc".split("", 2)); });
t("empty string", function () { return arr("".split(",")); });
t("empty string empty sep", function () { return arr("".split("")); });
t("empty string undefined sep", function () { return arr("".split()); });
t("limit 0", function () { return arr("a,b,c".split(",", 0)); });
t("limit 1", function () { return arr("a,b,c".split(",", 1)); });
t("limit 2", function () { return arr("a,b,c".split(",", 2)); });
t("limit 3", function () { return arr("a,b,c".split(",", 3)); });
t("limit 10", function () { return arr("a,b,c".split(",", 10)); });
t("limit -1", function () { return arr("a,b,c".split(",", -1)); });
t("limit 2^32", function () { return arr("a,b,c".split(",", 4294967296)); });
t("limit 2^32+1", function () { return arr("a,b,c".split(",", 4294967297)); });
t("limit 1.9", function () { return arr("a,b,c".split(",", 1.9)); });
t("limit NaN", function () { return arr("a,b,c".split(",", NaN)); });
t("limit '2'", function () { return arr("a,b,c".split(",", "2")); });
t("limit undefined", function () { return arr("a,b,c".split(",", undefined)); });
t("limit null", function () { return arr("a,b,c".split(",", null)); });
t("number sep", function () { return arr("1020304".split(0)); });
t("null sep", function () { return arr("anullbnullc".split(null)); });
t("object sep", function () { return arr("a-b".split({ toString: function () { return "-"; } })); });
t("dot is literal", function () { return arr("a.b.c".split(".")); });
t("regexp chars literal", function () { return arr("a*b+c".split("*")); });
t("overlapping", function () { return arr("aaaa".split("aa")); });
t("spaces", function () { return arr("the quick  brown fox".split(" ")); });
t("unicode sep", function () { return arr("a\u20acb\u20acc".split("\u20ac")); });
t("unicode empty sep", function () { return codes("\u20ac\ud83d\ude00".split("").join(",")); });
t("emoji sep", function () { return arr("x\ud83d\ude00y".split("\ud83d\ude00")); });
t("result is array", function () { var a = "a,b".split(","); return Array.isArray(a) + " " + typeof a; });
t("on number", function () { return arr(String.prototype.split.call(10203, 0)); });
t("on object", function () { return arr(String.prototype.split.call({ toString: function () { return "p q"; } }, " ")); });
t("on null", function () { return String.prototype.split.call(null, ","); });
t("on undefined", function () { return String.prototype.split.call(undefined); });
var order = [];
t("conversion order", function () {
  "a,b".split({ toString: function () { order.push("sep"); return ","; } },
              { valueOf: function () { order.push("limit"); return 5; } });
  return order.join(",");
});
var big = "";
for (var i = 0; i < 2000; i++) big += i + ",";
t("big", function () { var a = big.split(","); return a.length + " " + a[0] + " " + a[1999] + " '" + a[2000] + "'"; });
t("length", function () { return String.prototype.split.length; });
