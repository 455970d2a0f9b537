// String.prototype.split with RegExp separators (ES5.1 15.5.4.14): captures
// spliced into the result, empty matches, limits, lastIndex untouched.
function show(v) { return typeof v === "string" ? "\x27" + v + "\x27" : String(v); }
function t(label, f) { var r; try { r = show(f()); } catch (e) { r = "threw " + e.name; } print(label + ": " + r); }
function arr(a) {
  var parts = [];
  for (var i = 0; i < a.length; i++) parts.push(a[i] === undefined ? "<u>" : a[i]);
  return a.length + ":[" + parts.join("|") + "]";
}

t("comma", function () { return arr("a,b,,c".split(/,/)); });
t("spaces", function () { return arr("a  b c".split(/\s+/)); });
t("class", function () { return arr("a1b2c3".split(/\d/)); });
t("leading trailing", function () { return arr(",a,".split(/,/)); });
t("empty regexp", function () { return arr("abc".split(/(?:)/)); });
t("empty match star", function () { return arr("abc".split(/x*/)); });
t("empty or char", function () { return arr("a,b".split(/,?/)); });
t("captures", function () { return arr("a1b2c".split(/(\d)/)); });
t("two captures", function () { return arr("a-b_c".split(/(-)|(_)/)); });
t("capture empty", function () { return arr("abc".split(/()/)); });
t("nested captures", function () { return arr("a12b".split(/((\d)\d)/)); });
t("lookahead", function () { return arr("aBcDe".split(/(?=[A-Z])/)); });
t("empty string match", function () { return arr("".split(/x*/)); });
t("empty string no match", function () { return arr("".split(/x/)); });
t("no match", function () { return arr("abc".split(/x/)); });
t("whole", function () { return arr("abc".split(/abc/)); });
t("anchor", function () { return arr("abab".split(/^a/)); });
t("end anchor", function () { return arr("ab".split(/$/)); });
t("limit", function () { return arr("a,b,c,d".split(/,/, 2)); });
t("limit 0", function () { return arr("a,b".split(/,/, 0)); });
t("limit in captures", function () { return arr("a1b2c".split(/(\d)/, 2)); });
t("limit at capture", function () { return arr("a1b2c".split(/(\d)/, 4)); });
t("limit -1", function () { return arr("a,b".split(/,/, -1)); });
t("limit string", function () { return arr("a,b,c".split(/,/, "2")); });
t("global ignored", function () { var re = /,/g; re.lastIndex = 3; var r = arr("a,b,c".split(re)); return r + " " + re.lastIndex; });
t("ignore case", function () { return arr("aXbxc".split(/x/i)); });
t("multiline", function () { return arr("a\nb".split(/^/m)); });
t("word boundary", function () { return arr("one two".split(/\b/)); });
t("generic this", function () { return arr(String.prototype.split.call(10203, /0/)); });
t("this null", function () { return String.prototype.split.call(null, /a/); });
t("unicode", function () { return arr("\u20acx\u20ac".split(/x/)); });
t("long", function () {
  var s = ""; for (var i = 0; i < 500; i++) s += i + (i % 2 ? ";" : ",");
  var r = s.split(/([;,])/); return r.length + " " + r[0] + " " + r[1] + " " + r[998];
});
t("string separator still literal", function () { return arr("a.b.c".split(".")); });
t("length", function () { return String.prototype.split.length; });
