// Fannkuch: for every permutation of 1..n, count the prefix reversals until
// 1 comes first; the maximum count and a signed checksum.
function fannkuch(n) {
    var perm = new Array(n), perm1 = new Array(n), count = new Array(n);
    for (var i = 0; i < n; i++) perm1[i] = i;
    var maxFlips = 0, checksum = 0, permCount = 0, r = n;
    for (;;) {
        while (r !== 1) { count[r - 1] = r; r--; }
        for (var k = 0; k < n; k++) perm[k] = perm1[k];
        var flips = 0, first;
        while ((first = perm[0]) !== 0) {
            for (var lo = 0, hi = first; lo < hi; lo++, hi--) {
                var t = perm[lo]; perm[lo] = perm[hi]; perm[hi] = t;
            }
            flips++;
        }
        if (flips > maxFlips) maxFlips = flips;
        checksum += permCount % 2 === 0 ? flips : -flips;
        // next permutation in the counting order
        for (;;) {
            if (r === n) return [maxFlips, checksum];
            var p0 = perm1[0];
            for (var m = 0; m < r; m++) perm1[m] = perm1[m + 1];
            perm1[r] = p0;
            if (--count[r] > 0) break;
            r++;
        }
        permCount++;
    }
}
var out = [];
for (var rep = 0; rep < 3; rep++)
    for (var n = 5; n <= 7; n++) out.push(fannkuch(n).join(':'));
print('fannkuch', out.join(' '));
