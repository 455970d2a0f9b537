// Identifiers use the Unicode ID_Start / ID_Continue properties.
var T‿ = 1, a⁀b = 2, x＿ = 3, ĳ = 4, ǅ = 5, ᾼ = 6, ℮ = 7, ゛x = 8;
print(T‿, a⁀b, x＿, ĳ, ǅ, ᾼ, ℮, ゛x);
var 𐐀 = 'deseret', 𝒜 = 'math script', x𝟘 = 'math digit', 𞤀 = 'adlam';
print(𐐀, 𝒜, x𝟘, 𞤀);
var ab‌c = 'zwnj', de‍f = 'zwj', x·y = 'middle dot', x्र = 'virama';
print(ab‌c, de‍f, x·y, x्र);
function check(src) {
    try { eval(src); return 'ok'; } catch (e) { return e.name; }
}
print(check('var 𖫵'), check('var _𖫵 = 1'), check('var 🀒'), check('var x‿y = 1; x‿y'));
print(check('var ·x'), check('var ‿x'), check('var ⸗'), check('var x⸗'));
print(check('({ __proto__: 1, __proto__: 2 })'), check('({ __proto__: 1, "__proto__": 2 })'));
print(check('({ __proto__: 1, set __proto__(v) {} })'), check('({ "__proto__": 1, get __proto__() {} })'));
