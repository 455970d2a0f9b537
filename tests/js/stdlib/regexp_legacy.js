// Annex B legacy RegExp features: RegExp.prototype.compile and RegExp.$1
// and friends. Expected output: node 20, except the four lines marked
// "proposal", written from the legacy RegExp features proposal, which V8
// does not follow (a subclass's match invalidates the statics; the
// accessors and compile() refuse a subclass).
var r = /(a)(b)?(c)/;
print(JSON.stringify([RegExp.$1, RegExp.lastMatch, RegExp.input]));
r.exec("xxacyy");
print(RegExp.$1, JSON.stringify(RegExp.$2), RegExp.$3, RegExp.lastMatch, RegExp["$&"], RegExp.lastParen,
            RegExp["$+"], RegExp.leftContext, RegExp.rightContext, RegExp.input, RegExp.$_);
"hello world".replace(/o(.)/g, "_");
print(RegExp.$1, RegExp.lastMatch, RegExp["$`"], RegExp["$'"]);
"a-b".split(/(-)/);
print(RegExp.$1, RegExp.input);
"xyz".match(/y/);
print(JSON.stringify(RegExp.$1), RegExp.lastMatch, RegExp.leftContext);
/q/.test("nothing here");
print(RegExp.lastMatch, "(a failed match keeps the statics)");
RegExp.input = 42;
print(typeof RegExp.input, RegExp.$_);
var big = /(1)(2)(3)(4)(5)(6)(7)(8)(9)(10)(11)/;
big.exec("1234567891011");
print(RegExp.$9, RegExp.lastParen);
/(x)/.exec("x");  // one group after eleven: $2-$9 are empty again
print(RegExp.$1, JSON.stringify(RegExp.$2 + RegExp.$9));
var d = Object.getOwnPropertyDescriptor(RegExp, "lastMatch");
print(typeof d.get, d.enumerable, d.configurable);
d = Object.getOwnPropertyDescriptor(RegExp, "input");
print(typeof d.get, typeof d.set, d.enumerable, d.configurable);

var re = /a/g;
re.lastIndex = 3;
print(re.compile("b+", "i") === re, re.source, re.flags, re.lastIndex, re.test("xBBx"));
re.compile(/x(y)/m);
print(re.source, re.flags, re.exec("xy")[1]);
re.compile();
print(re.source, re.test(""));
try { re.compile(/x/, "g"); } catch (e) { print(e.name); }
try { re.compile("(", ""); } catch (e) { print(e.name); }
try { re.compile("a", "gg"); } catch (e) { print(e.name); }
try { RegExp.prototype.compile.call({}); } catch (e) { print(e.name); }
print(re.source, "(a failed compile leaves the regexp as it was)");
// A replacer that recompiles the regexp: the match's own groups stay in use.
var nr = /(?<x>a)/;
print("zaz".replace(nr, function () { nr.compile("(b)(c)"); return "[" + arguments.length + "]"; }), nr.source);
var lim = /a/;
print(JSON.stringify(lim[Symbol.split]("abba", { valueOf: function () { lim.compile("b"); return 10; } })));
print(Date.prototype.toGMTString === Date.prototype.toUTCString);

class Sub extends RegExp {}
try { Sub.$1; } catch (e) { print(e.name, "(proposal)"); }
try { new Sub("a").compile("b"); } catch (e) { print(e.name, "(proposal)"); }
new Sub("q").exec("q");
try { RegExp.$1; } catch (e) { print(e.name, "(proposal)"); }
try { RegExp.input; } catch (e) { print(e.name, "(proposal)"); }
/z(z)/.exec("zz");
print(RegExp.$1, RegExp.input);
