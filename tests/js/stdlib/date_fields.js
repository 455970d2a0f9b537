// Checks Date construction from fields and the getters, local and UTC (tests run with TZ=UTC).
var d = new Date(2020, 1, 29, 13, 45, 30, 123);
print(d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds());
print(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
print(d.getTime(), d.valueOf(), +d, d.getTimezoneOffset());
print(new Date(99, 0).getFullYear(), new Date(100, 0).getFullYear(), new Date(0).getYear(), new Date(2000, 0).getYear());
print(new Date(2021, 12, 1).getMonth(), new Date(2021, -1, 1).getFullYear(), new Date(2021, 0, 0).getDate(), new Date(2021, 0, 32).getMonth());
print(new Date(0).getTime(), new Date(-1).getUTCFullYear(), new Date(-1).getUTCMilliseconds(), new Date(1e12).getUTCDay());
print(new Date(8.64e15).getTime(), new Date(8.64e15 + 1).getTime(), new Date(-8.64e15).getUTCFullYear());
print(new Date(NaN).getFullYear(), new Date(NaN).getTime(), new Date(undefined).getTime(), new Date(null).getTime(), new Date(true).getTime());
print(new Date(2020, 0, 1, 0, 0, 0, 0.9).getMilliseconds(), new Date(2020, NaN).getTime(), new Date(2020, 0, 1, Infinity).getTime());
print(Date.UTC(2000, 0, 1), Date.UTC(2000, 0), Date.UTC(1970, 0, 1, 0, 0, 0, 1), Date.UTC(99, 11, 31), Date.UTC(NaN));
print(Date.length, Date.UTC.length, Date.parse.length, typeof Date.now(), Date.now() > 1.5e12);
print(typeof Date(), typeof new Date(), new Date(new Date(5)).getTime(), new Date(2000, 0, 1) - new Date(1999, 0, 1));
print(Object.prototype.toString.call(new Date(0)));
