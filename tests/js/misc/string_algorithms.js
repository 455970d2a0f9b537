// Checks string algorithms using only indexing, length and concatenation.
function reverse(s) { var r = ""; for (var i = s.length - 1; i >= 0; i--) r += s[i]; return r; }
function isPal(s) { return s === reverse(s); }
print(reverse("hello"), reverse(""), isPal("racecar"), isPal("ab"));
function count(s, ch) { var n = 0; for (var i = 0; i < s.length; i++) if (s[i] === ch) n++; return n; }
print(count("mississippi", "s"), count("mississippi", "z"));
function repeat(s, n) { var r = ""; while (n-- > 0) r += s; return r; }
print(repeat("ab", 3), repeat("x", 0).length);
function pad(n, w) { var s = String(n); while (s.length < w) s = "0" + s; return s; }
print(pad(7, 3), pad(1234, 2), pad(-5, 4));
function indexOf(h, n) {
  for (var i = 0; i + n.length <= h.length; i++) {
    var j = 0;
    while (j < n.length && h[i + j] === n[j]) j++;
    if (j === n.length) return i;
  }
  return -1;
}
print(indexOf("hello world", "o w"), indexOf("abc", "d"), indexOf("abc", ""));
