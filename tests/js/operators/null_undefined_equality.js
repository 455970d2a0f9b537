// Checks == and === between null, undefined and every other kind of value.
var others = [0, "", false, NaN, "null", "undefined", {}, [], [null]];
var row1 = [], row2 = [];
for (var i = 0; i < others.length; i++) {
  row1.push(null == others[i] ? "1" : "0");
  row2.push(undefined == others[i] ? "1" : "0");
}
print(row1.join(""), row2.join(""));
print(null == null, undefined == undefined, null == undefined, null === undefined);
print(null != undefined, null !== undefined, void 0 === undefined);
var u;
print(u == null, u === undefined, typeof u === "undefined");
