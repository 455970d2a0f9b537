// escape and unescape (Annex B): the characters left alone, %XX for
// Latin-1, %uXXXX for the rest, and unescape of both forms with
// incomplete or invalid escapes left as text.
function show(v) { return typeof v === "string" ? "\x27" + v + "\x27" : (v === 0 && 1 / v < 0 ? "-0" : String(v)); }
function t(label, f) { var r; try { r = show(f()); } catch (e) { r = "threw " + e.name + ": " + e.message; } print(label + ": " + r); }
function codes(s) { var r = []; for (var i = 0; i < s.length; i++) r.push(s.charCodeAt(i)); return r.join(" "); }
function rep(s, n) { var r = ""; while (n > 0) { if (n % 2) r += s; s += s; n = Math.floor(n / 2); } return r; }

var ascii = "";
for (var i = 0; i < 128; i++) ascii += String.fromCharCode(i);
t("escape ascii", function () { return escape(ascii); });
t("escape latin1", function () { return escape("\u00a0\u00e9\u00ff"); });
t("escape wide", function () { return escape("\u0100\u20ac\uffff"); });
t("escape pair", function () { return escape("\ud83d\ude00"); });
t("escape lone", function () { return escape("\udc00"); });
t("escape empty", function () { return escape(""); });
t("escape undefined", function () { return escape(); });
t("escape number", function () { return escape(1.5); });
t("escape object", function () { return escape({ toString: function () { return "a b"; } }); });
t("unescape XX", function () { return unescape("%41%62%20"); });
t("unescape lower", function () { return unescape("%e9%u20ac"); });
t("unescape u", function () { return codes(unescape("%u20AC%uD83D%uDE00")); });
t("unescape latin1", function () { return codes(unescape("%FF%A0")); });
t("unescape incomplete", function () { return unescape("%4"); });
t("unescape bad", function () { return unescape("%zz%u12%u12G4"); });
t("unescape trailing", function () { return unescape("abc%"); });
t("unescape u short", function () { return unescape("%u41"); });
t("unescape percent", function () { return unescape("%%41"); });
t("unescape plus", function () { return unescape("a+b"); });
t("unescape unicode text", function () { return unescape("\u20ac%20") === "\u20ac "; });
t("unescape undefined", function () { return unescape(); });
t("unescape null", function () { return unescape(null); });
var all = "";
for (var j = 0; j < 400; j++) all += String.fromCharCode(j * 7);
t("round trip", function () { return unescape(escape(all)) === all; });
var big = "";
big = rep("\u20ac!", 20000);
t("long", function () { var e = escape(big); return e.length + " " + e.slice(0, 9) + " " + (unescape(e) === big); });
t("throwing arg", function () { return escape({ toString: function () { throw new RangeError("x"); } }); });
t("lengths", function () { return escape.length + " " + unescape.length; });
