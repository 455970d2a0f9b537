// String.prototype.localeCompare: equal strings, prefixes and ordering
// where code-unit order and locale order agree (the engine compares code
// units), coercion of the argument and generic this.
function show(v) { return typeof v === "string" ? "\x27" + v + "\x27" : (v === 0 && 1 / v < 0 ? "-0" : String(v)); }
function t(label, f) { var r; try { r = show(f()); } catch (e) { r = "threw " + e.name; } print(label + ": " + r); }
function codes(s) { var r = []; for (var i = 0; i < s.length; i++) r.push(s.charCodeAt(i)); return r.join(" "); }
function arr(a) { return a === null ? "null" : a.length + ":[" + a.join("|") + "]"; }

function sign(n) { return n < 0 ? -1 : n > 0 ? 1 : 0; }
t("equal", function () { return sign("abc".localeCompare("abc")); });
t("less", function () { return sign("abc".localeCompare("abd")); });
t("greater", function () { return sign("b".localeCompare("a")); });
t("prefix", function () { return sign("ab".localeCompare("abc")); });
t("longer", function () { return sign("abc".localeCompare("ab")); });
t("empty both", function () { return sign("".localeCompare("")); });
t("empty first", function () { return sign("".localeCompare("a")); });
t("empty second", function () { return sign("a".localeCompare("")); });
t("digits", function () { return sign("1".localeCompare("2")); });
t("undefined arg", function () { return sign("undefined".localeCompare()); });
t("undefined arg less", function () { return sign("a".localeCompare()); });
t("null arg", function () { return sign("null".localeCompare(null)); });
t("number arg", function () { return sign("12".localeCompare(12)); });
t("upper both", function () { return sign("ABC".localeCompare("ABD")); });
t("on number", function () { return sign(String.prototype.localeCompare.call(5, "5")); });
t("on null", function () { return String.prototype.localeCompare.call(null, "a"); });
t("on undefined", function () { return String.prototype.localeCompare.call(undefined, "a"); });
t("length", function () { return String.prototype.localeCompare.length; });
