// Checks NaN generation, comparison and propagation.
print(NaN, typeof NaN);
print(NaN == NaN, NaN === NaN, NaN != NaN, NaN !== NaN);
var n = NaN;
print(n !== n);
print(0 / 0, Infinity - Infinity, Infinity * 0, Infinity / Infinity);
print(NaN + 1, NaN * 0, -NaN);
print("abc" * 1, undefined + 1, +"x");
print(NaN < 1, NaN > 1, NaN <= NaN, NaN >= NaN);
print(NaN ? "truthy" : "falsy");
print(NaN == null, NaN == undefined, NaN == "NaN");
print(String(NaN), NaN + "");
