// Invalid escapes are SyntaxErrors in untagged templates; unterminated
// templates and empty substitutions too.
var bad = ['`\\01`', '`\\1`', '`\\8`', '`\\xg`', '`\\u{110000}`', '`\\unicode`', '`${1}\\x`',
           '`abc', '`${1`', '`${}`', '`${1}${`'];
for (var i = 0; i < bad.length; i++) {
  try {
    eval(bad[i]);
    print('no error', bad[i]);
  } catch (e) {
    print(e.name);
  }
}
print(eval('`\\0`').charCodeAt(0), eval('(function(){ "use strict"; return `\\0`; })()').length);
`\07`;
