// RegExp pattern modifiers (ES2025, ENG_REGEXP_MODIFIERS). Node 20 does not
// know them: the .expected lines are written by hand from the spec
// (22.2.2.3 RegularExpressionModifiers, 22.2.3.4 UpdateModifiers).
print(/(?i:a)b/.test("Ab"), /(?i:a)b/.test("AB"));            // true false
print(/a(?-i:b)/i.test("Ab"), /a(?-i:b)/i.test("AB"));         // true false
print(/(?m:^b)/.test("a\nb"), /(?-m:^b)/m.test("a\nb"));       // true false
print(/(?m:b$)\n/.test("b\n"), /(?-m:b$)/m.test("b\nc"));      // true false
print(/(?s:.)/.test("\n"), /(?-s:.)/s.test("\n"));             // true false
print(/(?i-s:a.)/s.test("A\n"), /(?im-s:^a.)/s.test("x\nAb")); // false true
print(/(a)(?i:\1)/.test("aA"), /(?i:(a))\1/.test("Aa"));       // true false
print(/(?i:[a-c]+)/.exec("xBcAd")[0], /(?i:\w)/.test("K"));    // BcA true
print(/(?i:\u212a)/u.test("k"), /(?-i:\u212a)/iu.test("k"));   // true false
print(/(?i:(?-i:a)b)/.test("aB"), /(?i:(?-i:a)b)/.test("AB")); // true false
print(/(?i:a)|b/.exec("B"), /(?i:a|b)+/.exec("xAbBa")[0]);     // null AbBa
print(/(?<=(?i:a))b/.test("Ab"), /(?i:x)(?<x>y)/.exec("Xy").groups.x); // true y
var bad = ["(?ii:a)", "(?-:a)", "(?i-i:a)", "(?-ms-i:a)", "(?x:a)", "(?I:a)", "(?i)", "(?g:a)", "(?u:a)", "(?i"];
for (var i = 0; i < bad.length; i++) {
    try { new RegExp(bad[i]); print("accepted", bad[i]); }
    catch (e) { print(e.name, bad[i]); }
}
print(new RegExp("(?ims:a)").source, new RegExp("(?-ims:a)", "ims").flags);
