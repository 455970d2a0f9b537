// Long strings (100000 code units) through the String methods: search
// positions near the end, slicing, case mapping, trimming, splitting into
// many pieces, replacing, and a long non-Latin-1 string.
function show(v) { return typeof v === "string" ? "\x27" + v + "\x27" : (v === 0 && 1 / v < 0 ? "-0" : String(v)); }
function t(label, f) { var r; try { r = show(f()); } catch (e) { r = "threw " + e.name; } print(label + ": " + r); }
function codes(s) { var r = []; for (var i = 0; i < s.length; i++) r.push(s.charCodeAt(i)); return r.join(" "); }
function rep(s, n) { var r = ""; while (n > 0) { if (n % 2) r += s; s += s; n = Math.floor(n / 2); } return r; }

var s = "";
var chunk = "0123456789";
s = rep(chunk, 10000);
t("length", function () { return s.length; });
t("charAt end", function () { return s.charAt(99999); });
t("charCodeAt end", function () { return s.charCodeAt(99999); });
t("indexOf tail", function () { return (s + "x").indexOf("x"); });
t("lastIndexOf 0", function () { return s.lastIndexOf("0"); });
t("indexOf 89 from", function () { return s.indexOf("89", 99990); });
t("slice end", function () { return s.slice(-5); });
t("substring mid", function () { return s.substring(50000, 50005); });
t("substr mid", function () { return s.substr(-50001, 3); });
t("split empty", function () { var a = s.split(""); return a.length + " " + a[0] + " " + a[99999]; });
t("split 5", function () { var a = s.split("5"); return a.length + " " + a[0] + " " + a[10000]; });
t("split limit", function () { return s.split("", 3).join(","); });
var letters = "";
letters = rep("abcDEFghiJ", 10000);
t("upper", function () { var u = letters.toUpperCase(); return u.length + " " + u.slice(0, 10) + " " + u.indexOf("a"); });
t("lower", function () { var u = letters.toLowerCase(); return u.length + " " + u.slice(-10) + " " + u.indexOf("D"); });
t("trim", function () { return ("   " + s + "   ").trim().length; });
t("replace", function () { var r = s.replace("9012", "[]"); return r.length + " " + r.slice(0, 14); });
t("replace end", function () { var r = (s + "END").replace("END", "$`"); return r.length; });
t("concat", function () { return s.concat(s, s).length; });
var wide = "";
wide = rep("\u20ac\ud83d\ude00a", 25000);
t("wide length", function () { return wide.length; });
t("wide lastIndexOf", function () { return wide.lastIndexOf("\ud83d\ude00"); });
t("wide split", function () { return wide.split("a").length; });
t("wide upper", function () { var u = wide.toUpperCase(); return u.length + " " + codes(u.slice(-4)); });
t("wide slice", function () { return codes(wide.slice(49998, 50002)); });
t("search end", function () { return (s + "!").search("!"); });
t("match end", function () { return (s + "zz").match("zz").index; });
