// Random patterns mixing the u flag, lookbehind and the d flag with the older
// syntax (a fixed seed: the same cases each run), expected output from node 20.
var seed = 12345;
function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
var atoms = ["a", "b", ".", "\\d", "\\w", "\\W", "[ab]", "[^a]", "\\ud83d\\ude00", "😀", "[😀-😂]", "\\u{1F600}", "\\1", "\\b", "^", "$", "(a)", "(?:ab)", "(?<=a)", "(?<!b)", "(?=a)", "(?<n>b)", "\\k<n>", "[\\s\\S]", "x", "A", "\\u017f", "s", "K", "\\u212a", "\\B", "-", "\\-", "{", "}", "]", "\\c", "\\0", "\\01", "[\\d-z]"];
var quants = ["", "", "", "*", "+", "?", "{2}", "{1,3}", "*?", "+?"];
var inputs = ["aab", "abab😀b", "😀😀a", "\ud83d", "xaAbB", "ſSsKk\u212a", "ba a-b", "", "a😀b😂c", "\ude00\ud83d"];
var out = [];
for (var t = 0; t < 400; t++) {
  var n = 1 + rnd(4), p = "";
  for (var k = 0; k < n; k++) {
    var a = atoms[rnd(atoms.length)];
    if (rnd(6) == 0) a = "(?<=" + a + atoms[rnd(atoms.length)] + ")";
    if (rnd(8) == 0) a = "(" + a + "|" + atoms[rnd(atoms.length)] + ")";
    p += a + quants[rnd(quants.length)];
  }
  var flags = ["", "u", "i", "iu", "g", "gu", "y", "uy", "dg"][rnd(9)];
  var line = p + " /" + flags + ": ";
  try {
    var re = new RegExp(p, flags);
    var s = inputs[rnd(inputs.length)];
    var m = re.exec(s);
    line += m ? JSON.stringify([m.index, m.slice(0), re.lastIndex, m.indices ? m.indices.slice(0) : 0]) : "null";
    line += " " + JSON.stringify(s.replace(re, "<$&>")) + " " + JSON.stringify(s.split(re));
  } catch (e) { line += e.name; }
  out.push(line);
}
print(out.join("\n"));
