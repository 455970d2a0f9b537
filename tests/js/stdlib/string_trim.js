// String.prototype.trim: every ES5 white space and line terminator
// character at both ends, inner white space kept, strings of only white
// space, generic this.
function show(v) { return typeof v === "string" ? "\x27" + v + "\x27" : (v === 0 && 1 / v < 0 ? "-0" : String(v)); }
function t(label, f) { var r; try { r = show(f()); } catch (e) { r = "threw " + e.name; } print(label + ": " + r); }
function codes(s) { var r = []; for (var i = 0; i < s.length; i++) r.push(s.charCodeAt(i)); return r.join(" "); }
function rep(s, n) { var r = ""; while (n > 0) { if (n % 2) r += s; s += s; n = Math.floor(n / 2); } return r; }

t("spaces", function () { return "  abc  ".trim(); });
t("none", function () { return "abc".trim(); });
t("empty", function () { return "".trim(); });
t("only ws", function () { return " \t\n ".trim(); });
t("inner kept", function () { return "  a b\tc  ".trim(); });
var ws = ["\u0009", "\u000a", "\u000b", "\u000c", "\u000d", "\u0020", "\u00a0", "\u1680",
          "\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005", "\u2006", "\u2007",
          "\u2008", "\u2009", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff"];
var bad = [];
for (var i = 0; i < ws.length; i++) {
  var r = (ws[i] + "x" + ws[i]).trim();
  if (r !== "x") bad.push(ws[i].charCodeAt(0));
}
t("each white space char", function () { return ws.length + " checked, not trimmed: [" + bad.join(",") + "]"; });
t("all together", function () { return (ws.join("") + "mid" + ws.join("")).trim(); });
t("not ws", function () { return codes("\u200bx\u200b".trim()); });
t("zero char", function () { return codes("\u0000x\u0000".trim()); });
t("unicode inside", function () { return " \u20ac\ud83d\ude00 ".trim() === "\u20ac\ud83d\ude00"; });
t("latin1 nbsp only", function () { return "\u00a0\u00a0".trim().length; });
t("on number", function () { return String.prototype.trim.call(42); });
t("on object", function () { return String.prototype.trim.call({ toString: function () { return "  o  "; } }); });
t("on null", function () { return String.prototype.trim.call(null); });
t("on undefined", function () { return String.prototype.trim.call(undefined); });
try { String.prototype.trim.call(null); } catch (e) { print(e.name); }
var pad = "";
pad = rep(" ", 5000);
t("long padding", function () { return (pad + "core" + pad).trim(); });
t("length", function () { return String.prototype.trim.length; });
