// Checks Date string conversions: toString, toISOString, toUTCString, locale forms, toJSON (TZ=UTC).
var d = new Date(Date.UTC(2020, 1, 29, 13, 45, 30, 123));
print(d.toString());
print(d.toDateString(), "|", d.toTimeString());
print(d.toISOString(), "|", d.toUTCString(), "|", d.toGMTString());
print(d.toLocaleString(), "|", d.toLocaleDateString(), "|", d.toLocaleTimeString());
print(new Date(Date.UTC(2020, 0, 1, 0, 5)).toLocaleTimeString(), new Date(Date.UTC(2020, 0, 1, 12, 5)).toLocaleTimeString());
print(new Date(-1).toISOString(), new Date(-62198755200000).toISOString(), new Date(8.64e15).toISOString(), new Date(-8.64e15).toISOString());
print(new Date(253402300800000).toISOString(), new Date(0).toJSON(), new Date(NaN).toJSON());
print(String(new Date(NaN)), new Date(NaN).toUTCString(), new Date(NaN).toDateString());
print(new Date(0) + 1, new Date(0) - 1, new Date(5) * 2, new Date(0) == new Date(0).toString());
print(Date.prototype.toJSON.call({ toISOString: function () { return "custom"; } }));
print(Date.prototype.toJSON.call({ valueOf: function () { return Infinity; }, toISOString: function () { return "x"; } }));
