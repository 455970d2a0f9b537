// A loop of cheap instructions that each scan a 100,000-character string:
// before native work was charged to the budget this ran for minutes.
var s = new Array(100001).join('a');
for (;;) s.lastIndexOf('zz');
