// Long inputs and pathological patterns terminate without exhausting the stack.
var s = "";
for (var i = 0; i < 1000; i++) s += "aaaaaaaaaa";
print(s.length);
print(/a*b/.test(s), /a*$/.exec(s)[0].length, /^(?:a)*$/.test(s), /^[a]+?$/.test(s));
print(/(a*)*b/.test("aaaaaaaaaaaa"));
print(/(a|b|)*c/.test("abababababababab"));
print(/(?:a?)*?b/.test("aaaaaaaaaa"));
print(/(x+x+)+y/.test("xxxxxxxxxxxxxxxx"));
print(/^(a+)+$/.test("aaaaaaaaaaaaaaaaaaab"));
var big = /(.)*/.exec(s.slice(0, 500) + "z");
print(big[0].length, big[1]);
