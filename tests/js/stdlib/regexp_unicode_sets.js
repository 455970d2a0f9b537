// The RegExp v flag (ES2024 unicodeSets, ENG_REGEXP_SETS): nested classes,
// set difference and intersection, \q{...} strings.
function t(re, s) { return re.test(s); }
print(t(/[\p{L}--[a-z]]/v, "a"), t(/[\p{L}--[a-z]]/v, "A"), /[[a-z]&&[aeiou]]+/v.exec("xyzaeb")[0]);
print(/[\q{abc|d}x]+/v.exec("-abcxdabz")[0], t(/^[\q{abc|}]$/v, ""), /[\d\q{xy}]/v.exec("axy1")[0]);
print(/x/v.flags, /x/v.unicodeSets, /x/u.unicodeSets, /x/v.unicode, /x/gimsvy.flags, t(/[^\d]/v, "a"), t(/[^[^a]]/v, "a"));
print(/[\q{abc}a]/vi.exec("ABC")[0], t(/(?<=[\q{ab}])c/v, "abc"), t(/[\q{ab}--\q{ab}]/v, "ab"), /[[\q{ab}c]&&\q{ab}]/v.exec("xab")[0]);
print("a\u{1F600}b".replace(/[\p{L}]/gv, "."), t(/^\p{L}+$/v, "abc"), "a\u{1F600}b".split(/(?:)/v).length);
print(/[\q{ab|abc|a}]+/v.exec("abcab")[0], /[\q{}a]+/v.exec("b")[0] === "", /[[a-c]--b]+/v.exec("abc")[0]);
print(/[[a-z]&&[^aeiou]]/v.source, /[\w--\d]+/v.exec("a1b")[0], /[[0-9]--[3-5]--[8]]+/v.exec("12345679")[0]);
print(/[\p{ASCII}&&\p{L}&&[^a-f]]+/v.exec("abcxyz")[0], /[\-\&\!]+/v.exec("a-&!b")[0], /[\q{\u{1F600}|\x41}]/v.exec("xA")[0]);
print(/([\q{ab|c}])+/v.exec("abcab")[1], /[\q{ab}c]{2}/v.exec("cab")[0], /[^\p{Lu}]/vi.test("a"));
// Properties of strings (emoji of Unicode 15 and before, as node 20's data).
print(t(/^\p{RGI_Emoji}+$/v, "\u{1F1E8}\u{1F1F6}\u{1F600}"), /\p{RGI_Emoji_Flag_Sequence}/v.exec("x\u{1F1E8}\u{1F1F6}")[0].length,
      t(/^\p{Emoji_Keycap_Sequence}$/v, "1\uFE0F\u20E3"), t(/^\p{Emoji_Keycap_Sequence}$/v, "1"));
print(t(/^[\p{RGI_Emoji}--\q{\u{1F600}}]$/v, "\u{1F600}"), t(/\p{Basic_Emoji}/v, "\u231A"),
      t(/^\p{RGI_Emoji_ZWJ_Sequence}$/v, "\u{1F468}\u200D\u{1F469}\u200D\u{1F467}"), t(/^\p{RGI_Emoji_Modifier_Sequence}$/v, "\u{1F44D}\u{1F3FD}"));
print(/\p{RGI_Emoji}{2}/v.exec("a\u{1F600}\u{1F1E8}\u{1F1F6}b")[0].length, /[\p{RGI_Emoji_Tag_Sequence}x]+/v.exec("\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}x")[0].length);
print(/[\p{Emoji_Keycap_Sequence}&&\q{1\uFE0F\u20E3|a}]/v.exec("a1\uFE0F\u20E3")[0].length, /(?<=\p{RGI_Emoji_Flag_Sequence})x/v.test("\u{1F1E8}\u{1F1F6}x"));
var bad = ["[a&&&b]", "[(]", "[a-z&&b]", "[^\\q{ab}]", "[a&&b--c]", "[a--]", "[&&a]", "[a!!b]", "[\\q{a]", "[a-z--b]",
           "[[a]&&]", "[a&&b c]", "[)]", "[{]", "[|]", "[/]", "[\\z]", "[^[\\q{ab}]]", "[a--b&&c]", "[\\q{a|bc}--a&&b]",
           "\\P{RGI_Emoji}", "[^\\p{RGI_Emoji}]", "[^\\p{Basic_Emoji}]", "\\p{RGI_Emoji=Yes}", "\\p{rgi_emoji}"];
for (var i = 0; i < bad.length; i++) {
    try { new RegExp(bad[i], "v"); print("accepted", bad[i]); } catch (e) { print(e.name, bad[i]); }
}
var good = ["[\\q{ab}--\\q{ab}]", "[^[\\q{a}]]", "[^\\q{a|b}]", "[a-z[0-9]]", "[[a]--[b]]", "[\\&&&b]", "[^]", "[]"];
for (var i = 0; i < good.length; i++) {
    try { new RegExp(good[i], "v"); print("accepted", good[i]); } catch (e) { print(e.name, good[i]); }
}
try { new RegExp("a", "uv"); } catch (e) { print(e.name); }
