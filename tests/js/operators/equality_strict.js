// Checks === and !== (no conversions; NaN and -0 special cases).
print(1 === 1, 1 === "1", "a" === "a", true === true, true === 1);
print(null === null, undefined === undefined, null === undefined);
print(NaN === NaN, NaN !== NaN, 0 === -0, -0 !== 0);
var o = {}, p = o;
print(o === p, o === {}, o !== p);
print(1.0 === 1, 0.1 + 0.2 === 0.3, 0.5 + 0.25 === 0.75);
print("" === "", "" !== " ");
