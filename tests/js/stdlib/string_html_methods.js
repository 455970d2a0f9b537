// The Annex B HTML methods of String.prototype (B.2.2.2-.14): CreateHTML
// with the attribute's quotes escaped, on any object-coercible this.
var s = 'x<y';
print(s.anchor('a"b'), s.big(), s.blink(), s.bold(), s.fixed());
print(s.fontcolor('red'), s.fontsize(7), s.italics(), s.link('http://e/?q="1"'));
print(s.small(), s.strike(), s.sub(), s.sup(), ''.anchor(), 'a'.link());
print(String.prototype.bold.call(42), String.prototype.anchor.call(true, { toString: function () { return 'n'; } }));
print(String.prototype.anchor.length, String.prototype.big.length, String.prototype.fontsize.name);
try { String.prototype.big.call(undefined); } catch (e) { print(e.constructor.name); }
try { String.prototype.link.call(null, 'u'); } catch (e) { print(e.constructor.name); }
