// Checks Date methods on wrong receivers and invalid dates.
function attempt(f) { try { print(f()); } catch (e) { print(e.name); } }
attempt(function () { return Date.prototype.getTime.call({}); });
attempt(function () { return Date.prototype.toISOString.call(new Date(NaN)); });
attempt(function () { return Date.prototype.setTime.call(5, 1); });
attempt(function () { return Date.prototype.toString.call("2000"); });
attempt(function () { return new Date(1e20).toISOString(); });
attempt(function () { return Date.prototype.toJSON.call(null); });
attempt(function () { return new Date({ valueOf: function () { return 86400000; } }).getTime(); });
attempt(function () { return new Date({ toString: function () { return "2000-01-01"; }, valueOf: undefined }).getTime(); });
