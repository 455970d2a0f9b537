// eval and Function see lone surrogates in their source text as themselves.
function hex(s) {
  var out = [];
  for (var i = 0; i < s.length; i++) out.push(s.charCodeAt(i).toString(16));
  return out.join(' ');
}
print(hex(eval("'\ud800'")), hex(eval("'x\udfff'")), hex(eval("'\ud83d\ude00'")), hex(eval("'\ude00\ud83d'")));
print(hex(eval('/\ud800/').source), hex(eval('/a\\\udbff/').source), hex(eval('/[\udc00-\udfff]/').source));
print(eval('/\ud800/').test('\ud800'), eval('/^[\udc00-\udfff]$/').test('\udc01'), eval('/^[\udc00-\udfff]$/').test('a'));
print(hex(new Function("return '\udc00' + '\ud800'")()));
print(hex(eval('"\u00e9\u4e2d\ud83d"')), eval("'\ud800'.length"), eval("var \u00e9t\u00e9 = 3; \u00e9t\u00e9"));
// a lone surrogate outside strings, comments and regexps is still an error
try { eval('var a = 1 \ud800'); print('no error'); } catch (e) { print(e.name); }
print(eval('1 // \ud800'), eval('/* \udfff */ 2'));
