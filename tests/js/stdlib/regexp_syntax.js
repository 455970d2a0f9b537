// Pattern syntax errors and web-compatible pattern forms.
var bad = ["(", ")", "a**", "[b-a]", "a{2,1}", "\\", "[a", "(?x)", "*", "+a", "?", "{1}", "x{1}{2}", "a|*", "(?:a", "((a)", "a)"];
for (var i = 0; i < bad.length; i++) {
  try { new RegExp(bad[i]); print("ok", bad[i]); } catch (e) { print(e.name + ": " + e.message); }
}
try { new RegExp("(", "g"); } catch (e) { print(e.message); }
var ok = ["a{1", "a{,5}", "}", "]", "{", "\\c", "[\\d-z]", "\\8", "\\1", "a{99999999999}", "(?=a)*b", "\\x4", "\\u12"];
for (i = 0; i < ok.length; i++) print("ok", ok[i], String(new RegExp(ok[i])));
print(/a{1/.test("a{1"), /a{,5}/.test("a{,5}"), /}/.test("}"), /]/.test("]"));
print(/\c/.test("\\c"), /[\d-z]/.test("-"), /\8/.test("8"), /\1/.test("\u0001"), /\12/.test("\n"));
print(/\x4/.test("x4"), /\u12/.test("u12"), /[\b]/.test("\b"), /\q\!\//.test("q!/"));
print(/[\-]/.test("-"), /[a-]/.test("-"), /[-a]/.test("-"), /[\w-]/.test("-"));
print(/\01/.test("\u0001"), /[\01]/.test("\u0001"), /\377/.test("\u00ff"), /\400/.test("\u00200"));
print(/a{99999999999}/.test("a"), /(?=a)*b/.test("b"), /\cj/.test("\n"), /[\cA]/.test("\u0001"));
var deep = "";
for (i = 0; i < 50; i++) deep += "(";
deep += "x";
for (i = 0; i < 50; i++) deep += ")";
print(new RegExp(deep).exec("x").length);
