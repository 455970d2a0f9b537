// Byte copy through typed array elements (a peripheral buffer into a
// frame): indexed reads and writes of Uint8Array, 64 KB ten times.
// (MuJS has no typed arrays: its column means nothing for this script.)
function run() {
    var src = new Uint8Array(65536), dst = new Uint8Array(65536);
    for (var i = 0; i < src.length; i++) src[i] = i * 7;
    var n = src.length;
    for (var r = 0; r < 10; r++)
        for (var j = 0; j < n; j++) dst[j] = src[j];
    var s = 0;
    for (var k = 0; k < n; k += 97) s += dst[k];
    return s;
}
print(run());
