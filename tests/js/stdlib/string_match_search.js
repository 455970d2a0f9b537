// String.prototype.match and search with plain string patterns (no
// regular-expression syntax): the result array with index and input,
// null/-1 when there is no match, undefined pattern, generic this, errors.
function show(v) { return typeof v === "string" ? "\x27" + v + "\x27" : (v === 0 && 1 / v < 0 ? "-0" : String(v)); }
function t(label, f) { var r; try { r = show(f()); } catch (e) { r = "threw " + e.name; } print(label + ": " + r); }
function codes(s) { var r = []; for (var i = 0; i < s.length; i++) r.push(s.charCodeAt(i)); return r.join(" "); }
function arr(a) { return a === null ? "null" : a.length + ":[" + a.join("|") + "]"; }

function m(r) { return r === null ? "null" : arr(r) + " index=" + r.index + " input=" + r.input; }
t("match", function () { return m("hello world".match("o")); });
t("match word", function () { return m("hello world".match("world")); });
t("match none", function () { return m("hello".match("x")); });
t("match empty", function () { return m("abc".match("")); });
t("match undefined", function () { return m("abc".match()); });
t("match number", function () { return m("a123".match(23)); });
t("match null", function () { return m("is null".match(null)); });
t("match in empty", function () { return m("".match("a")); });
t("match empty in empty", function () { return m("".match("")); });
t("match is array", function () { return Array.isArray("abc".match("b")); });
t("match unicode", function () { return m("x\u20acy".match("y")); });
t("match on number", function () { return m(String.prototype.match.call(12345, "34")); });
t("match on null", function () { return String.prototype.match.call(null, "a"); });
t("match on undefined", function () { return String.prototype.match.call(undefined, "a"); });
t("search", function () { return "hello world".search("o"); });
t("search none", function () { return "hello".search("x"); });
t("search empty", function () { return "abc".search(""); });
t("search undefined", function () { return "abc".search(); });
t("search number", function () { return "a123".search(3); });
t("search case", function () { return "ABC".search("b"); });
t("search unicode", function () { return "\u20ac\ud83d\ude00z".search("z"); });
t("search on number", function () { return String.prototype.search.call(987, 7); });
t("search on null", function () { return String.prototype.search.call(null, "a"); });
t("search on undefined", function () { return String.prototype.search.call(undefined, "a"); });
t("lengths", function () { return String.prototype.match.length + " " + String.prototype.search.length; });
