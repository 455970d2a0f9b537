// toLowerCase / toUpperCase and the locale variants: ASCII, Latin-1
// (including the one-to-two mapping of sharp s), Latin Extended-A, Greek,
// Cyrillic, characters without case, and generic this.
function show(v) { return typeof v === "string" ? "\x27" + v + "\x27" : (v === 0 && 1 / v < 0 ? "-0" : String(v)); }
function t(label, f) { var r; try { r = show(f()); } catch (e) { r = "threw " + e.name; } print(label + ": " + r); }
function codes(s) { var r = []; for (var i = 0; i < s.length; i++) r.push(s.charCodeAt(i)); return r.join(" "); }
function rep(s, n) { var r = ""; while (n > 0) { if (n % 2) r += s; s += s; n = Math.floor(n / 2); } return r; }

t("ascii lower", function () { return "Hello, World! 123".toLowerCase(); });
t("ascii upper", function () { return "Hello, World! 123".toUpperCase(); });
t("empty", function () { return "".toUpperCase(); });
t("unchanged", function () { return "abc 123".toLowerCase(); });
t("latin1 upper", function () { return "\u00e0\u00e9\u00ee\u00f5\u00fc\u00fd\u00e6\u00f8\u00e5\u00e7\u00f1".toUpperCase(); });
t("latin1 lower", function () { return "\u00c0\u00c9\u00ce\u00d5\u00dc\u00dd\u00c6\u00d8\u00c5\u00c7\u00d1".toLowerCase(); });
t("times/divide", function () { return codes("\u00d7\u00f7".toUpperCase()) + " " + codes("\u00d7\u00f7".toLowerCase()); });
t("sharp s upper", function () { return "stra\u00dfe".toUpperCase(); });
t("sharp s lower", function () { return "\u00df".toLowerCase(); });
t("y diaeresis", function () { return codes("\u00ff".toUpperCase()) + " " + codes("\u0178".toLowerCase()); });
t("micro", function () { return codes("\u00b5".toUpperCase()); });
t("latin ext-a upper", function () { return codes("\u0101\u0107\u010d\u0111\u0119\u011f\u0142\u0144\u0148\u0151\u0159\u015b\u0161\u0165\u016f\u017a\u017c\u017e".toUpperCase()); });
t("latin ext-a lower", function () { return codes("\u0100\u0106\u010c\u0110\u0118\u011e\u0141\u0143\u0147\u0150\u0158\u015a\u0160\u0164\u016e\u0179\u017b\u017d".toLowerCase()); });
t("dotless i", function () { return "\u0131".toUpperCase(); });
t("long s", function () { return "\u017f".toUpperCase(); });
t("polish", function () { return "Za\u017c\u00f3\u0142\u0107 g\u0119\u015bl\u0105 ja\u017a\u0144".toUpperCase(); });
t("greek upper", function () { return "\u03b1\u03b2\u03b3\u03b4\u03b5 \u03c9".toUpperCase(); });
t("greek lower", function () { return "\u0391\u0392\u0393\u0394\u0395 \u03a9".toLowerCase(); });
t("greek tonos", function () { return codes("\u03ac\u03ad\u03ae\u03af\u03cc\u03cd\u03ce".toUpperCase()); });
t("final sigma", function () { return "\u039f\u0394\u039f\u03a3 \u03a3\u0391".toLowerCase(); });
t("final sigma upper", function () { return "\u03c2".toUpperCase(); });
t("cyrillic upper", function () { return "\u043f\u0440\u0438\u0432\u0435\u0442 \u0451\u0436".toUpperCase(); });
t("cyrillic lower", function () { return "\u041f\u0420\u0418\u0412\u0415\u0422 \u0401\u0416".toLowerCase(); });
t("no case", function () { return "\u20ac\u4e2d\u6587 123 !?".toUpperCase() === "\u20ac\u4e2d\u6587 123 !?"; });
t("emoji kept", function () { return "a\ud83d\ude00b".toUpperCase() === "A\ud83d\ude00B"; });
t("fullwidth", function () { return codes("\uff41\uff5a".toUpperCase()) + " " + codes("\uff21\uff3a".toLowerCase()); });
t("dotted I lower", function () { return codes("\u0130".toLowerCase()); });
t("n apostrophe upper", function () { return codes("\u0149".toUpperCase()); });
t("armenian", function () { return codes("\u0561\u0562".toUpperCase()) + " " + codes("\u0531\u0532".toLowerCase()); });
t("cyrillic extended", function () { return codes("\u0461\u048b\u04c2\u04d1\u04cf".toUpperCase()) + " " + codes("\u0460\u048a\u04c1\u04d0\u04c0".toLowerCase()); });
t("latin extended additional", function () { return codes("\u1e01\u1ea1\u1ef9".toUpperCase()) + " " + codes("\u1e00\u1ea0\u1ef8".toLowerCase()); });
t("sigma alone", function () { return codes("\u03a3".toLowerCase()) + " " + codes("A\u03a3".toLowerCase()) + " " + codes("\u03a3A".toLowerCase()); });
t("locale lower", function () { return "ABC \u00c9".toLocaleLowerCase(); });
t("locale upper", function () { return "abc \u00e9".toLocaleUpperCase(); });
t("on number", function () { return String.prototype.toUpperCase.call(1e21); });
t("on boolean", function () { return String.prototype.toUpperCase.call(true); });
t("on array", function () { return String.prototype.toLowerCase.call(["A", "B"]); });
t("on null", function () { return String.prototype.toLowerCase.call(null); });
t("on undefined", function () { return String.prototype.toUpperCase.call(undefined); });
t("locale on null", function () { return String.prototype.toLocaleUpperCase.call(null); });
t("locale on undefined", function () { return String.prototype.toLocaleLowerCase.call(undefined); });
var big = "";
big = rep("aB", 1000);
t("long", function () { var u = big.toUpperCase(); return u.length + " " + u.slice(0, 6) + " " + u.toLowerCase().slice(-6); });
t("lengths", function () {
  return [String.prototype.toLowerCase.length, String.prototype.toUpperCase.length,
          String.prototype.toLocaleLowerCase.length, String.prototype.toLocaleUpperCase.length].join(" ");
});
