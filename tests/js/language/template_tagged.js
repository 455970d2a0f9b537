// Tagged templates: the template object (cached per site, with raw),
// cooked undefined for invalid escapes, this and call order.
function t(s) { return s; }
var a = [];
for (var i = 0; i < 3; i++) a.push(t`x${i}y`);
print(a[0] === a[1], a[1] === a[2]);
print(t`x` === t`x`);
function same() { return t`site`; }
print(same() === same());
print(a[0] instanceof Array, a[0].raw instanceof Array, a[0].length, a[0].join('|'), a[0].raw.join('|'));
var keys = [];
for (var k in a[0]) keys.push(k);
print(keys.join(), a[0].hasOwnProperty('raw'));
var s = t`\n\u0041\x42${0}\\`;
print(s[0] === '\nAB', s[1] === '\\', s.raw[0] === '\\n\\u0041\\x42', s.raw[1] === '\\\\');
var bad = t`\unicode and \u{110000} \xg \01 \9 ok`;
print(bad[0], bad.raw[0]);
print(t`a${1}\u{`[1], t`a${1}\u{`.raw[1]);
var crlf = eval('t`a\r\nb\rc`');
print(crlf[0] === 'a\nb\nc', crlf.raw[0] === 'a\nb\nc');
var cont = t`x\
y`;
print(cont[0], cont.raw[0].length);
function tag(strings) {
  var out = [strings.length];
  for (var i = 1; i < arguments.length; i++) out.push(typeof arguments[i] + ':' + arguments[i]);
  return out.join(' ');
}
print(tag`A${1}B${'two'}C${{}}`);
print(tag``, tag`${1}`);
var obj = { m: function (s) { return this === obj; }, n: { o: function () { return this.v; }, v: 7 } };
print(obj.m`hi`, obj.n.o`x`, obj['m']`y`);
function chain(s) { return function (s2) { return s[0] + s2[0]; }; }
print(chain`a``b`);
var order = [];
function g(n) { order.push(n); return n; }
function h(s) { order.push('tag'); return s; }
(order.push('tagexpr'), h)`${g(1)}${g(2)}`;
print(order.join());
function maker() { return function (s) { return s; }; }
var f1 = maker(), f2 = maker();
function both(fn) { return fn`same site`; }
print(both(f1) === both(f2), f1`one` === f1`one`);
var ctor = function (s) { return function () { this.made = true; }; };
print(new ctor`x`().made);
try {
  var nt = function () {};
  new nt`x`;
} catch (e) {
  print(e.name);
}
