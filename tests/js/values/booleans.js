// Checks truthiness and falsiness of every kind of value.
function t(v) { return v ? "T" : "F"; }
print(t(false), t(0), t(-0), t(NaN), t(""), t(null), t(undefined));
print(t(true), t(1), t(-1), t(Infinity), t("0"), t(" "), t("false"));
print(t({}), t([]), t(function () {}), t(new Object()));
print(!!0, !!"x", !![]);
print(true + true, true + 1, false + 0);
print(true == 1, false == 0, true == 2, true === 1);
print(String(true), String(false));
