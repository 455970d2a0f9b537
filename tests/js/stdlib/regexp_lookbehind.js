// RegExp lookbehind assertions (?<=...) and (?<!...) (ES2018): matched backwards.
print(JSON.stringify("$10 €20 $30".match(/(?<=\$)\d+/g)));
print(JSON.stringify("$10 €20 $30".match(/(?<!\$)\b\d+/g)));
print(JSON.stringify(/(?<=(\d+)(\d+))$/.exec("1053")));
print(JSON.stringify(/(?<=\1(a))b/.exec("aab")), JSON.stringify(/(?<=(a)\1)b/.exec("aab")));
print(JSON.stringify(/(?<=(?<x>\w){3})f/.exec("abcdef")));
print(JSON.stringify(/(?<=^|,)\w+/g[Symbol.match] ? "a,bb,c".match(/(?<=^|,)\w+/g) : 0));
print(JSON.stringify(/(?<=a(?=b)b)c/.exec("abc")), JSON.stringify(/(?<!a(?=b)b)c/.exec("abc")));
print(JSON.stringify(/(?<=ab*?)c/.exec("abbc")), JSON.stringify(/(?<=(b+))c/.exec("abbc")), JSON.stringify(/(?<=(b+?))c/.exec("abbc")));
print(JSON.stringify(/(?<=A)b/i.exec("ab")), JSON.stringify(/(?<=[a-c]{2})d/.exec("xbcd")));
print(JSON.stringify(/(?<=(?:a|bc))d/.exec("bcd")), JSON.stringify(/(?<=\b)x/.exec("a x")));
print(JSON.stringify(/(?<=(a)|(b))c/.exec("bc")), JSON.stringify("abcdef".replace(/(?<=c)/, "-")));
print(JSON.stringify(/(?<=([abc])+)d/.exec("abcd")), JSON.stringify(/(?<=(\w)(?:\w)*)$/.exec("hello")));
print(JSON.stringify(/(?<!(a))b/.exec("ab cb")), JSON.stringify(/(?<=.)/s.exec("\n")));
try { new RegExp("(?<=a)*"); } catch (e) { print(e.name); }
try { new RegExp("(?<!a){2}"); } catch (e) { print(e.name); }
print(JSON.stringify(/(?=a)*/.exec("a")));
print(JSON.stringify(/(?<=\k<n>(?<n>x))y/.exec("xxy")));
print(JSON.stringify(/(?<=\$(\d+)\.)\d+/.exec("cost $10.53")));
print(JSON.stringify("x1 y2 x3".replace(/(?<=x)\d/g, "#")));
print(JSON.stringify(/(?<=^(?:ab)+)c/.exec("ababc")), JSON.stringify(/(?<=^(?:ab)+)c/.exec("abac")));
print(JSON.stringify(/(?<!^)x/g.exec("xx")), JSON.stringify(/(?<=a\d*)b/.exec("a123b")));
print(JSON.stringify("a\nb".match(/(?<=^)\w/gm)), JSON.stringify(/(?<=(?<!x)a)b/.exec("xab ab")));
