// decodeURI and decodeURIComponent: UTF-8 decoding of escapes, escapes of
// reserved characters kept by decodeURI, upper/lower case hex, URIError on
// bad escapes, invalid or overlong UTF-8, encoded surrogates and code
// points above U+10FFFF; round trips with the encoders.
function show(v) { return typeof v === "string" ? "\x27" + v + "\x27" : (v === 0 && 1 / v < 0 ? "-0" : String(v)); }
function t(label, f) { var r; try { r = show(f()); } catch (e) { r = "threw " + e.name + ": " + e.message; } print(label + ": " + r); }
function codes(s) { var r = []; for (var i = 0; i < s.length; i++) r.push(s.charCodeAt(i)); return r.join(" "); }
function rep(s, n) { var r = ""; while (n > 0) { if (n % 2) r += s; s += s; n = Math.floor(n / 2); } return r; }

t("plain", function () { return decodeURI("abc"); });
t("space", function () { return decodeURIComponent("a%20b"); });
t("reserved kept", function () { return decodeURI("%23%24%26%2B%2C%2F%3A%3B%3D%3F%40"); });
t("reserved decoded", function () { return decodeURIComponent("%23%24%26%2B%2C%2F%3A%3B%3D%3F%40"); });
t("reserved lower hex kept", function () { return decodeURI("%2f%3a"); });
t("not reserved", function () { return decodeURI("%41%25%7E%20%21"); });
t("lower hex", function () { return decodeURIComponent("%c3%a9"); });
t("2 bytes", function () { return codes(decodeURIComponent("%C3%A9%C3%BF%C4%80%DF%BF")); });
t("3 bytes", function () { return codes(decodeURIComponent("%E0%A0%80%E2%82%AC%EF%BF%BF")); });
t("4 bytes", function () { return codes(decodeURIComponent("%F0%9F%98%80")); });
t("max code point", function () { return codes(decodeURI("%F4%8F%BF%BF")); });
t("mixed", function () { return decodeURI("caf%C3%A9%20%E2%82%AC"); });
t("empty", function () { return decodeURIComponent(""); });
t("lone %", function () { return decodeURIComponent("%"); });
t("% one digit", function () { return decodeURIComponent("%4"); });
t("% at end", function () { return decodeURI("abc%"); });
t("bad hex", function () { return decodeURIComponent("%G0"); });
t("bad hex 2", function () { return decodeURI("%0Z"); });
t("continuation first", function () { return decodeURIComponent("%80"); });
t("FF byte", function () { return decodeURIComponent("%FF"); });
t("truncated 2", function () { return decodeURIComponent("%C3"); });
t("truncated 3", function () { return decodeURIComponent("%E2%82"); });
t("bad continuation", function () { return decodeURIComponent("%C3%41"); });
t("continuation not escaped", function () { return decodeURIComponent("%C3a9"); });
t("overlong 2", function () { return decodeURIComponent("%C0%80"); });
t("overlong 3", function () { return decodeURIComponent("%E0%80%80"); });
t("overlong 4", function () { return decodeURIComponent("%F0%80%80%80"); });
t("surrogate D800", function () { return decodeURIComponent("%ED%A0%80"); });
t("surrogate DFFF", function () { return decodeURI("%ED%BF%BF"); });
t("above 10FFFF", function () { return decodeURIComponent("%F4%90%80%80"); });
t("5 byte lead", function () { return decodeURIComponent("%F8%88%80%80%80"); });
t("non-ascii passes", function () { return decodeURIComponent("\u20ac%20\ud83d\ude00") === "\u20ac \ud83d\ude00"; });
t("lone surrogate text passes", function () { return codes(decodeURI("\ud800")); });
t("undefined", function () { return decodeURI(); });
t("null", function () { return decodeURIComponent(null); });
t("number", function () { return decodeURIComponent(12); });
t("throwing arg", function () { return decodeURI({ toString: function () { throw new RangeError("x"); } }); });
var all = "";
for (var i = 0; i < 300; i++) all += String.fromCharCode(i);
all += "\u20ac\ud83d\ude00\uffff";
t("round trip component", function () { return decodeURIComponent(encodeURIComponent(all)) === all; });
t("round trip uri", function () { return decodeURI(encodeURI(all)) === all; });
t("double encoded", function () { return decodeURIComponent(decodeURIComponent("%2541")); });
var big = "";
big = rep("%E2%82%AC", 20000);
t("long", function () { var d = decodeURIComponent(big); return d.length + " " + codes(d.slice(-1)); });
t("lengths", function () { return decodeURI.length + " " + decodeURIComponent.length; });
try { decodeURI("%"); } catch (e) { print(e.name, e instanceof URIError); }
