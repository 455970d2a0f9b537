// The RegExp d flag (ES2022 hasIndices): the indices array of a match.
var m = /(?<x>a)(b)?(c)/d.exec("zac");
print(JSON.stringify(m.indices), JSON.stringify(m.indices.groups), m.indices.groups.x === m.indices[1]);
print(Object.keys(m).join(), Object.keys(m.indices).join(), m.indices.length);
print(Object.getPrototypeOf(m.indices.groups), m.indices[2]);
print(/a/d.hasIndices, /a/.hasIndices, /a/dgimsy.flags, new RegExp("a", "dg").flags, new RegExp("a", "gd").hasIndices);
print(/a/d.exec("a").indices.groups, "groups" in /a/d.exec("a").indices);
print(/a/.exec("a").indices);
print("xaby".match(/a(b)/d).indices.join("|"));
print(String(/a/d), RegExp.prototype.hasIndices);
var getter = Object.getOwnPropertyDescriptor(RegExp.prototype, "hasIndices").get;
try { getter.call({}); } catch (e) { print(e.name); }
try { new RegExp("a", "dd"); } catch (e) { print(e.name); }
var r = /a/dg;
print([..."aXa".matchAll(r)].map(function (x) { return x.indices[0].join(); }).join(" "));
r.lastIndex = 1;
print(r.exec("aXa").indices[0].join(), r.lastIndex);
print(/(?:(a)|b)+/d.exec("ab").indices.join("|"));
print(/x/d.exec("ax\u{1F600}x").indices[0].join());
var once = /(?<first>\w)(?<rest>\w*)/d.exec("  hello");
print(once.indices.groups.first.join(), once.indices.groups.rest.join(), once.indices[0].join());
print(Object.getOwnPropertyDescriptor(m, "indices").enumerable, Array.isArray(m.indices[1]));
