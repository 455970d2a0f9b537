// Spread needs an iterable: Arrays, arguments objects and strings for now
// (the iteration protocol comes with Symbol.iterator); anything else is a
// TypeError, like GetIterator on a value without @@iterator.
var bad = [{}, { length: 2, 0: 'a', 1: 'b' }, 5, true, null, undefined, function () {}];
function f() { return arguments.length; }
for (var i = 0; i < bad.length; i++) {
  var r = [];
  try { f(...bad[i]); r.push('call ok'); } catch (e) { r.push(e.name); }
  try { [...bad[i]]; r.push('array ok'); } catch (e) { r.push(e.name); }
  try { new f(...bad[i]); r.push('new ok'); } catch (e) { r.push(e.name); }
  print(r.join());
}
var syntax = ['f(...)', '[...]', 'f(..., 1)', 'new f(...)', '(...a)', 'f(.... a)'];
for (var j = 0; j < syntax.length; j++) {
  try {
    eval(syntax[j]);
    print('no error', syntax[j]);
  } catch (e) {
    print(e.name);
  }
}
