// Checks using a plain object as a dictionary: counting, membership, integer-like keys.
var words = ["a", "b", "a", "c", "b", "a"];
var counts = {};
for (var i = 0; i < words.length; i++) {
  var w = words[i];
  counts[w] = counts.hasOwnProperty(w) ? counts[w] + 1 : 1;
}
var out = [];
for (var k in counts) out.push(k + "=" + counts[k]);
print(out.join(" "));
var sq = {};
for (i = 5; i >= 1; i--) sq[i] = i * i;
out = [];
for (k in sq) out.push(k + ":" + sq[k]);
print(out.join(" "));
print("3" in sq, 6 in sq);
