// JSON.parse syntax errors with node's messages and positions.
var cases = ["", " ", "x", "[1,]", '{"a":1,}', "[1 2]", '{"a" 1}', '{"a":1 "b"}', '"abc', '"\\x"', '"a\u0001"',
             "1 2", "-", "1.", "1e", "1e+", "01", "-01", "{a}", "{", "[", "[1", "tru", "trux", "nul", "falsy", '"\\u12"',
             '"\\u12', '{"a":', "+1", ".5", '"abc\\', "undefined", "NaN", "Infinity", "-Infinity", '{"a":1}x', "[,1]",
             "{,}", '{"a":1,,}', "\u00a0 1", "[1]]", "'a'", '{"a":1', '{"a"', '["a"', "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,x]",
             "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz", "x2345678901234567890", "x23456789012345678901",
             '"\t"', '"\n"', "[1\v]", "0x10", "1.e5", "\u2028", "[\u00e9]", "{\"a\":\u00e9}", "{}{}", "[] 1"];
for (var i = 0; i < cases.length; i++) {
    try {
        var r = JSON.parse(cases[i]);
        print(i, "ok", r);
    } catch (e) {
        print(i, e.name + ": " + e.message, e instanceof SyntaxError);
    }
}
try { JSON.parse({ toString: function () { throw new TypeError("no string"); } }); } catch (e) { print(e.name, e.message); }
try { JSON.parse(); } catch (e) { print(e.name + ": " + e.message); }
