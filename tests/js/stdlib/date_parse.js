// Checks Date.parse and new Date(string): ISO forms, toString/toUTCString round trips, common formats (TZ=UTC).
print(Date.parse("2000-01-01"), Date.parse("2000-01"), Date.parse("2000"), Date.parse("2000-01-01T00:00:00Z"));
print(Date.parse("2000-01-01T12:30"), Date.parse("2000-01-01T12:30:15.5Z"), Date.parse("2000-01-01T12:30:15.123456Z"));
print(Date.parse("2000-01-01T00:00:00+01:00"), Date.parse("2000-01-01T00:00:00-02:30"), Date.parse("+002000-01-01T00:00:00Z"));
print(Date.parse("-000001-01-01T00:00:00Z"), Date.parse("2000-01-01T24:00:00Z"));
print(Date.parse("2000-13-01"), Date.parse("2000-01-32"), Date.parse("2000-01-01T25:00Z"), Date.parse("nonsense"), Date.parse(""));
var d = new Date(2021, 5, 15, 8, 9, 10);
print(Date.parse(d.toString()) === d.getTime(), Date.parse(d.toUTCString()) === d.getTime(), Date.parse(d.toISOString()) === d.getTime());
print(Date.parse("Tue Jun 15 2021 08:09:10 GMT+0200"), Date.parse("Tue, 15 Jun 2021 08:09:10 GMT"));
print(Date.parse("Jun 15, 2021"), Date.parse("June 15 2021 10:00"), Date.parse("6/15/2021"), Date.parse("15 Jun 2021 10:00 PM"));
print(new Date("2021-06-15T08:09:10Z").getUTCHours(), new Date("bad").getTime(), isNaN(new Date("bad")));
