// RegExp Unicode property escapes \p{...} / \P{...} with the u flag
// (ENG_REGEXP_PROPERTY_ESCAPES). Only characters whose properties are the
// same in node 20's Unicode 15 and the engine's Unicode 17 tables.
function t(re, s) { return re.test(s); }
print(t(/\p{Lu}/u, "A"), t(/\p{Lu}/u, "a"), t(/\P{Lu}/u, "a"), /\p{L}+/u.exec("1abc\u03a92")[0]);
print(t(/\p{General_Category=Decimal_Number}/u, "\u0663"), t(/\p{gc=Nd}/u, "x"), t(/\p{digit}/u, "7"), t(/\p{punct}/u, "!"));
print(t(/\p{LC}/u, "\u01c5"), t(/\p{Cased_Letter}/u, "\u02b0"), t(/\p{Cn}/u, "\u0378"), t(/\p{Co}/u, "\ue000"));
print(t(/\p{Script=Greek}/u, "\u03a9"), t(/\p{scx=Grek}/u, "\u0342"), t(/\p{sc=Grek}/u, "\u0342"), t(/\p{sc=Zyyy}/u, "1"));
print(t(/\p{Script_Extensions=Latin}/u, "\u0363"), t(/\p{sc=Latn}/u, "\u0363"), t(/\p{sc=Hira}/u, "\u3042"), t(/\p{sc=Han}/u, "\u{20000}"));
print(t(/\p{Any}/u, "\u{10ffff}"), t(/\p{ASCII}/u, "\x7f"), t(/\p{ASCII}/u, "\x80"), t(/\p{Assigned}/u, "\u0378"), t(/\P{Assigned}/u, "\u0378"));
print(t(/^\p{XIDS}\p{XIDC}*$/u, "abc1"), t(/^\p{ID_Start}$/u, "1"), t(/\p{Emoji}/u, "\u{1f600}"), t(/\p{Emoji_Presentation}/u, "#"));
print(t(/\p{White_Space}/u, "\u3000"), t(/\p{space}/u, "a"), t(/\p{Alpha}/u, "\u00e9"), t(/\p{Hex}/u, "F"), t(/\p{AHex}/u, "\uff26"));
print(t(/\p{Lowercase}/u, "\u00aa"), t(/\p{Upper}/u, "\u2160"), t(/\p{Math}/u, "+"), t(/\p{Dash}/u, "\u2014"), t(/\p{RI}/u, "\u{1f1e6}"));
print(/[\p{N}a]+/u.exec("x1a2b")[0], /[^\p{L}\p{N}]+/u.exec("ab, 12!")[0], /[\P{L}]+/u.exec("ab12cd")[0]);
// Case-insensitive: \p{Lu} matches lower case letters too.
print(t(/\p{Lu}/ui, "a"), t(/[^\p{Lu}]/ui, "a"), t(/\P{Lu}/ui, "A"), t(/\P{Ll}/ui, "a"));
// Lookbehind and quantifiers.
print(/(?<=\p{Nd})\p{L}+/u.exec("a1bc")[0], /\p{Lu}{2}/u.exec("aABc")[0], "x\u00e9y".replace(/\p{L}/gu, "."));
// Without u, \p is the letter p.
print(t(/\p{L}/, "p{L}"), t(/\P/, "P"));
var bad = ["\\p{Foo}", "\\p{gc=Greek}", "\\p{sc=Lu}", "\\p{lu}", "\\p{L", "\\p", "\\p{}", "\\p{=L}", "\\p{gc=}",
           "\\p{General_Category}", "\\p{Script}", "\\p{ L}", "\\p{Basic_Emoji}", "[\\p{L}-z]", "\\p{Block=Basic_Latin}"];
for (var i = 0; i < bad.length; i++) {
    try { new RegExp(bad[i], "u"); print("accepted", bad[i]); }
    catch (e) { print(e.name, bad[i]); }
}
