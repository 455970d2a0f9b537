// The RegExp constructor, the instance properties, toString.
var r = new RegExp("a+b", "gi");
print(r.source, r.global, r.ignoreCase, r.multiline, r.lastIndex);
print(String(r), r instanceof RegExp, typeof r, r.constructor === RegExp);
print(RegExp(r) === r, new RegExp(r) === r, RegExp(r, "m") === r, String(new RegExp(r)), String(new RegExp(r, "m")));
print(String(new RegExp("/")), String(new RegExp("")), String(new RegExp()), String(RegExp("a", "mig")));
print(String(new RegExp("\n")), String(new RegExp("[/]")), String(/a\/b/));
print(String(new RegExp(undefined)), String(new RegExp(null)), String(new RegExp(12, undefined)));
print(RegExp.length, RegExp.prototype.exec.length, RegExp.prototype.test.length);
r.source = "zzz"; r.global = false; r.lastIndex = 7;
print(r.source, r.global, r.lastIndex);
print(delete r.lastIndex, r.lastIndex);
print(Object.prototype.propertyIsEnumerable.call(r, "lastIndex"), Object.prototype.propertyIsEnumerable.call(r, "source"));
var keys = [];
for (var k in r) keys.push(k);
print(keys.length);
var d = Object.getOwnPropertyDescriptor(r, "lastIndex");
print(d.writable, d.enumerable, d.configurable);
print(/a/ !== /a/, /x/.test("x"), typeof /x/.exec);
var calls = 0;
function f() { return /q/; }
print(f() !== f());
try { RegExp.prototype.exec.call({}, "a"); } catch (e) { print(e.name); }
try { RegExp.prototype.test.call("a", "a"); } catch (e) { print(e.name); }
try { new RegExp("a", "gg"); } catch (e) { print(e.name, e.message); }
try { new RegExp("a", "x"); } catch (e) { print(e.name, e.message); }
print(new RegExp("a", "").test("A"), new RegExp("A", "i").test("a"));
print(/(?:)/.exec("abc").index, new RegExp("").exec("abc")[0] === "");
