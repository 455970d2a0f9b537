// Checks Date setters: field overflow, optional arguments, NaN, UTC variants, setYear (TZ=UTC).
var d = new Date(Date.UTC(2000, 0, 31, 12, 0, 0, 0));
print(d.setMonth(1), d.toISOString());
print(d.setDate(0), d.toISOString());
print(d.setFullYear(2004, 1, 29), d.toISOString());
print(d.setHours(25, 61, 61, 1001), d.toISOString());
print(d.setMinutes(-1), d.toISOString());
print(d.setSeconds(59, 999), d.toISOString());
print(d.setMilliseconds(1000), d.toISOString());
print(d.setUTCFullYear(1999), d.setUTCMonth(11, 31), d.setUTCDate(1), d.setUTCHours(0, 0, 0, 0), d.toISOString());
print(d.setUTCMinutes(30), d.setUTCSeconds(15), d.setUTCMilliseconds(7), d.toISOString());
print(d.setTime(86400000), d.toISOString(), d.setTime("12"), d.getTime());
print(d.setMonth(), d.getTime(), d.setFullYear(2010), d.toISOString());
var n = new Date(NaN);
print(n.setHours(1), n.setDate(1), n.getTime(), n.setFullYear(2001), n.toISOString());
var y = new Date(Date.UTC(2000, 5, 1));
print(y.setYear(99), y.getFullYear(), y.setYear(2005), y.getFullYear(), y.setYear(NaN));
print(new Date(0).setTime(8.64e15 + 1), new Date(0).setUTCFullYear(275761));
