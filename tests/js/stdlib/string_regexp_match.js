// String.prototype.match with RegExp patterns (ES5.1 15.5.4.10): non-global
// like exec, global as an array of all matches (empty matches advance by
// one), null when none, lastIndex handling, strings turned into RegExps.
function show(v) { return typeof v === "string" ? "\x27" + v + "\x27" : String(v); }
function t(label, f) { var r; try { r = show(f()); } catch (e) { r = "threw " + e.name; } print(label + ": " + r); }
function arr(a) {
  if (a === null) return "null";
  var parts = [];
  for (var i = 0; i < a.length; i++) parts.push(a[i] === undefined ? "<u>" : a[i]);
  return a.length + ":[" + parts.join("|") + "]";
}
function m(r) { return r === null ? "null" : arr(r) + (r.index !== undefined ? " index=" + r.index + " input=" + r.input : ""); }

t("non-global", function () { return m("hello world".match(/o(.)/)); });
t("non-global groups", function () { return m("2024-01-15".match(/(\d+)-(\d+)-(\d+)/)); });
t("non-global optional group", function () { return m("ac".match(/a(b)?c/)); });
t("non-global none", function () { return m("hello".match(/x/)); });
t("non-global ignore case", function () { return m("Hello".match(/hELLO/i)); });
t("non-global multiline", function () { return m("a\nb".match(/^b/m)); });
t("non-global no multiline", function () { return m("a\nb".match(/^b/)); });
t("global", function () { return m("a1b22c333".match(/\d+/g)); });
t("global letters", function () { return m("The Quick Brown".match(/[A-Z]/g)); });
t("global none", function () { return m("abc".match(/\d/g)); });
t("global empty matches", function () { return m("abc".match(/x*/g)); });
t("global empty regexp", function () { return m("abc".match(new RegExp("", "g"))); });
t("global lookahead", function () { return m("xxa".match(/(?=a)/g)); });
t("global groups ignored", function () { return m("a1b2".match(/([a-z])(\d)/g)); });
t("global on empty string", function () { return m("".match(/a*/g)); });
t("global has no index", function () { var r = "aa".match(/a/g); return r.index + " " + r.input; });
t("global is array", function () { return Array.isArray("aa".match(/a/g)); });
t("global lastIndex after", function () { var re = /a/g; re.lastIndex = 5; "banana".match(re); return re.lastIndex; });
t("global lastIndex start ignored", function () { var re = /a/g; re.lastIndex = 4; return m("banana".match(re)); });
t("global lastIndex after none", function () { var re = /z/g; re.lastIndex = 2; "banana".match(re); return re.lastIndex; });
t("non-global lastIndex untouched", function () { var re = /a/; re.lastIndex = 3; var r = "banana".match(re); return r.index + " " + re.lastIndex; });
t("non-global lastIndex valueOf", function () {
  var re = /n/, log = []; re.lastIndex = { valueOf: function () { log.push("v"); return 2; } };
  var r = "banana".match(re); return r.index + " " + log.join(",");
});
t("string pattern with syntax", function () { return m("a.b.c".match("\\.(.)")); });
t("string pattern dot", function () { return m("abc".match(".")); });
t("string pattern class", function () { return m("x9y".match("[0-9]")); });
t("string pattern alternation", function () { return m("cat dog".match("dog|cat")); });
t("number pattern", function () { return m("a123".match(2)); });
t("undefined pattern", function () { return m("abc".match()); });
t("null pattern", function () { return m("is null".match(null)); });
t("object pattern", function () { return m("xabx".match({ toString: function () { return "a(b)"; } })); });
t("bad pattern", function () { return "abc".match("("); });
t("bad pattern class", function () { return "abc".match("[b"); });
t("generic this", function () { return m(String.prototype.match.call(12345, /3(4)/)); });
t("this null", function () { return String.prototype.match.call(null, /a/); });
t("unicode", function () { return m("\u20acx\u20ac".match(/\u20ac/g)); });
t("surrogates", function () { var r = "\ud83d\ude00!".match(/[\ud800-\udbff]/); return r[0].charCodeAt(0) + " " + r.index; });
t("long global", function () {
  var s = ""; for (var i = 0; i < 200; i++) s += "ab" + i + ";";
  var r = s.match(/\d+/g); return r.length + " " + r[0] + " " + r[199];
});
t("backreference", function () { return m("abcabc xyzxyz".match(/(\w+)\1/g)); });
t("length", function () { return String.prototype.match.length; });
