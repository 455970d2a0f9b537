// RegExp.escape (ES2025 22.2.5.1, ENG_REGEXP_ES2025). Node 20 lacks it: the
// .expected lines are written by hand from the spec's EncodeForRegExpEscape.
print(RegExp.escape("foo.bar*"));          // \x66oo\.bar\*
print(RegExp.escape("1+1=2"));             // \x31\+1\x3d2
print(RegExp.escape("_abc"), RegExp.escape("$x"), RegExp.escape(""));  // _abc \$x (empty)
print(RegExp.escape("^$\\.*+?()[]{}|/"));  // each with a backslash
print(RegExp.escape(",-=<>#&!%:;@~'`\"")); // each as \xHH
print(RegExp.escape("a\tb\nc\vd\fe\rf"));  // \x61\tb\nc\vd\fe\rf
print(RegExp.escape(" \u00a0\u2028\u3000\ufeff").split("\\").join("|"));  // |x20|xa0|u2028|u3000|ufeff
print(RegExp.escape("\ud800x\udc00").split("\\").join("|"), RegExp.escape("\u{1f600}").length);  // |ud800x|udc00 2
print(RegExp.escape("\u00e9\u4e2d"), RegExp.escape("Z"));  // é中 \x5a
print(new RegExp(RegExp.escape("a.b(c)")).test("xa.b(c)"), new RegExp(RegExp.escape("a.b")).test("axb"));  // true false
print(RegExp.escape.length, RegExp.escape.name, Object.getOwnPropertyDescriptor(RegExp, "escape").enumerable);  // 1 escape false
var bad = [undefined, null, 1, {}, new String("a")];
for (var i = 0; i < bad.length; i++) {
    try { RegExp.escape(bad[i]); print("accepted"); } catch (e) { print(e.name); }
}
