// Checks TypeError when an object cannot be converted to a primitive value.
var bad = { valueOf: function () { return {}; }, toString: function () { return {}; } };
try { String(bad); } catch (e) { print(e.name, e.message); }
try { bad + 1; } catch (e) { print(e.name, e.message); }
try { Number(bad); } catch (e) { print(e.name); }
var ok = { valueOf: function () { return {}; }, toString: function () { return "fine"; } };
print(ok + "!");
