// Array.prototype.toLocaleString calls each element's toLocaleString.
print([1, 'a', null, undefined, , true].toLocaleString());
var log = [];
var e = { toLocaleString: function () { log.push('called'); return 'L'; }, toString: function () { return 'S'; } };
print([e, e].toLocaleString(), log.length);
print([[1, 2], [3]].toLocaleString());
print([].toLocaleString() === '', [{}].toLocaleString());
print(Array.prototype.toLocaleString.call({ length: 2, 0: 'x', 1: 'y' }));
print(Array.prototype.toLocaleString.call('ab'));
var bad = { toLocaleString: 1 };
try { [bad].toLocaleString(); } catch (e2) { print(e2.name); }
var throws = { toLocaleString: function () { throw new Error('inner'); } };
try { [throws].toLocaleString(); } catch (e3) { print(e3.message); }
// the result is converted to a string
print([{ toLocaleString: function () { return 42; } }].toLocaleString() === '42');
try { Array.prototype.toLocaleString.call(null); } catch (e4) { print(e4.name); }
print(Array.prototype.toLocaleString.length);
