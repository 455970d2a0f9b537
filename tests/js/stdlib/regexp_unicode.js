// The RegExp u flag (ES2015): code points, \u{...}, the strict u-mode grammar, simple case folding.
var P = "\ud834\udf06";
function show(f) { try { print(JSON.stringify(f())); } catch (e) { print(e.name); } }
show(() => [/^.$/u.test(P), /^.$/.test(P), /^..$/.test(P), /^[^x]$/u.test(P), /\u{1d306}/u.test(P), /^\ud834\udf06$/u.test(P)]);
show(() => [/𝌆{2}/u.test(P + P), /𝌆{2}/.test(P + P), /^[𝌆a]+$/u.test(P + "a" + P), /[\u{1d300}-\u{1d310}]/u.exec("x" + P)]);
show(() => [/\udf06/u.exec(P), /\ud834/u.exec(P), /\ud834/.exec(P), /\udf06/u.exec("\udf06")]);
var r = /./ug; r.lastIndex = 1; var m = r.exec(P); show(() => [m.index, m[0].length, r.lastIndex]);
show(() => [P.split(/(?:)/u).length, P.match(/(?:)/gu).length, P.replace(/(?:)/gu, "-"), P.split("").length]);
show(() => [/\w/iu.test("\u017f"), /\w/i.test("\u017f"), /\u212a/iu.test("k"), /\u212a/i.test("k"), /[^\W]/iu.test("\u017f")]);
show(() => [/\W/iu.test("\u017f"), /[\W]/iu.test("S"), /ς/iu.test("Σ"), /\u0130/iu.test("i"), /\u0131/iu.test("I"), /[k]/iu.test("\u212a"), /[\u212a]/iu.test("K")]);
show(() => [/\u{10400}/iu.test("\u{10428}"), /[\u{10400}]/iu.test("\u{10428}"), /(.)\1/iu.test("\u{10400}\u{10428}"), /ß/iu.test("\u1e9e")]);
show(() => [/\b/iu.exec("\u017f") && 1]);
for (var src of ["\\-", "{", "}", "]", "a{", "a{1", "\\a", "\\c0", "[\\c0]", "\\1", "(a)\\2", "\\00", "\\01", "[\\01]", "[\\d-a]", "[a-\\d]", "(?=a)*", "(?!a)+", "\\u{110000}", "\\u{}", "\\u12", "\\x1", "\\k<a>", "\\k", "[\\-]", "\\/", "[\\B]", "(?<a>.)\\k<a>", "\\u{0}", "[\\u{61}-\\u{7a}]+", "\\ud834\\udf06", "[\\ud834\\udf06]", "^[\\ud834-\\udf06]$", "\\c", "[z-a]", "\\8", "(?:a)*", "a**", "x{2,1}", "\\0"]) {
  try { var re = new RegExp(src, "u"); print(src, "ok", JSON.stringify(re.exec("a-{}]/az\0" + P))); } catch (e) { print(src, e.name); }
}
show(() => [/\ud834\udf06/u.source, /a/u.unicode, /a/.unicode, /a/gimsuyd.flags, String(/x/u)]);
show(() => "a\ud834\udf06b".replace(/(?:)/gu, "|"));
show(() => "a\ud834\udf06b".match(/(?:)/gu).length);
show(() => [..."a\ud834\udf06b".matchAll(/(?:)/gu)].map(x => x.index));
show(() => "\ud834\udf06\ud834\udf06".split(/(?:)/u));
show(() => { var r = /(?:)/uy; r.lastIndex = 1; return [r.test(P), r.lastIndex]; });
show(() => { var r = /\udf06/y; r.lastIndex = 1; return [r.test(P), r.lastIndex]; });
show(() => [/(?<=\u{1d306})x/u.exec(P + "x"), /(?<=.)x/u.exec(P + "x"), /(?<=^.)x/u.exec(P + "x"), /(?<=^.)x/.exec(P + "x")]);
show(() => [/^.+?$/u.exec(P + P)[0].length, /^(.)+$/u.exec(P + "a" + P)[1].length, /^.*?(.)$/u.exec(P+P)[1].length, /(.)*?$/u.exec(P+P)[0].length]);
show(() => [/[^a]/u.exec(P)[0].length, /\S/u.exec(P)[0].length, /\D+/u.exec(P+P)[0].length, /[\s\S]/u.exec(P)[0].length, /./su.exec(P)[0].length]);
show(() => [/[😀-😂]/u.test("😁"), /^[^😀]$/u.test("😁"), /[\u{1F600}-\u{1F602}]/iu.test("😁")]);
show(() => /\u{1F600}/.test("u".repeat(1)));
show(() => [/[\u0390]/ui.test("\u1fd3"), /[\u1fd3]/ui.test("\u0390"), /\ufb05/ui.test("\ufb06"), /[\u1f88]/ui.test("\u1f80"), /[\u017f]/ui.test("S")]);
show(() => [/\u{10400}+/ui.exec("\u{10428}\u{10400}x")[0].length, /[^\u{10400}]/ui.test("\u{10428}"), /\u{10400}/i.test("\u{10428}")]);
show(() => { var r = /\u{1F600}/gu; return ["a😀b😀".replace(r, "x"), "a😀b😀".search(/\u{1F600}/u), "a😀b😀".split(/(?:)/u).length, r.flags]; });
show(() => { var r = /./gu; r.lastIndex = 3; var m = r.exec("a😀b"); return [m[0], m.index, r.lastIndex]; });
show(() => { var r = /(?:)/gu; r.lastIndex = 2; var m = r.exec("a😀b"); return [m.index, r.lastIndex]; });
show(() => Object.getOwnPropertyDescriptor(RegExp.prototype, "unicode").get.call(RegExp.prototype));
show(() => Object.getOwnPropertyDescriptor(RegExp.prototype, "unicode").get.call({}));
show(() => new RegExp("\ud83d\ude00{2}", "u").exec("😀😀😀")[0].length);
show(() => [/(?<=\u{1F600}{2})a/u.exec("😀😀a") && 1, /^\S+$/u.test("😀\ud800"), /^.$/u.test("\ud800"), /^..$/u.test("\udc00\ud800")]);
