// Math.random: numbers in [0, 1), not all equal, ignores arguments; no
// values are printed.
var ok = true, distinct = {}, count = 0, sum = 0, low = 0, high = 0;
for (var i = 0; i < 2000; i++) {
    var r = Math.random(i, "x");
    if (typeof r !== "number" || !(r >= 0 && r < 1)) ok = false;
    if (!distinct[r]) { distinct[r] = true; count++; }
    sum += r;
    if (r < 0.5) low++; else high++;
}
print("in range:", ok);
print("distinct > 1990:", count > 1990);
print("mean near 0.5:", sum / 2000 > 0.4 && sum / 2000 < 0.6);
print("both halves:", low > 800 && high > 800);
print("length:", Math.random.length, "type:", typeof Math.random());
var fraction = false;
for (var j = 0; j < 100; j++) if (Math.random() * 1e6 % 1 !== 0) fraction = true;
print("has fraction bits:", fraction);
