// encodeURI and encodeURIComponent: the unescaped sets of each, UTF-8
// encoding of 1-4 byte code points (surrogate pairs), URIError on lone
// surrogates, coercion of the argument, long input.
function show(v) { return typeof v === "string" ? "\x27" + v + "\x27" : (v === 0 && 1 / v < 0 ? "-0" : String(v)); }
function t(label, f) { var r; try { r = show(f()); } catch (e) { r = "threw " + e.name + ": " + e.message; } print(label + ": " + r); }
function codes(s) { var r = []; for (var i = 0; i < s.length; i++) r.push(s.charCodeAt(i)); return r.join(" "); }
function rep(s, n) { var r = ""; while (n > 0) { if (n % 2) r += s; s += s; n = Math.floor(n / 2); } return r; }

var ascii = "";
for (var i = 0; i < 128; i++) ascii += String.fromCharCode(i);
t("encodeURI ascii", function () { return encodeURI(ascii); });
t("encodeURIComponent ascii", function () { return encodeURIComponent(ascii); });
t("url", function () { return encodeURI("http://user@host:8080/p a/t?q=1&r=\u00e9#frag ment"); });
t("url component", function () { return encodeURIComponent("http://user@host:8080/p a/t?q=1&r=\u00e9#frag"); });
t("2 bytes", function () { return encodeURIComponent("\u00e9\u00ff\u0100\u07ff"); });
t("3 bytes", function () { return encodeURIComponent("\u0800\u20ac\uffff\ufeff"); });
t("4 bytes", function () { return encodeURIComponent("\ud83d\ude00"); });
t("first astral", function () { return encodeURI("\ud800\udc00"); });
t("last astral", function () { return encodeURI("\udbff\udfff"); });
t("percent", function () { return encodeURI("%41"); });
t("empty", function () { return encodeURIComponent(""); });
t("lone high", function () { return encodeURIComponent("\ud800"); });
t("lone high then text", function () { return encodeURI("\ud800a"); });
t("lone low", function () { return encodeURI("\udc00"); });
t("reversed pair", function () { return encodeURIComponent("\ude00\ud83d"); });
t("high high", function () { return encodeURIComponent("\ud83d\ud83d"); });
t("undefined", function () { return encodeURIComponent(); });
t("null", function () { return encodeURI(null); });
t("number", function () { return encodeURIComponent(-1.5e-7); });
t("object", function () { return encodeURIComponent({ toString: function () { return "a b"; } }); });
t("throwing arg", function () { return encodeURI({ toString: function () { throw new RangeError("x"); } }); });
var big = "";
big = rep("\u20ac ", 20000);
t("long", function () { var e = encodeURIComponent(big); return e.length + " " + e.slice(0, 12); });
t("lengths", function () { return encodeURI.length + " " + encodeURIComponent.length; });
try { encodeURI("\udfff"); } catch (e) { print(e.name, e instanceof URIError, e instanceof Error); }
