// source, global, ignoreCase and multiline are accessors on RegExp.prototype;
// instances own only lastIndex.
var names = ['source', 'global', 'ignoreCase', 'multiline'];
for (var i = 0; i < names.length; i++) {
  var d = Object.getOwnPropertyDescriptor(RegExp.prototype, names[i]);
  print(names[i], typeof d.get, d.set, d.enumerable, d.configurable, d.get.name, d.get.length,
        RegExp.prototype.hasOwnProperty(names[i]), RegExp.prototype.propertyIsEnumerable(names[i]));
}
var re = /a\/b/gim;
print(re.source, re.global, re.ignoreCase, re.multiline, re.lastIndex);
print(Object.getOwnPropertyNames(re).join(), re.hasOwnProperty('global'), re.hasOwnProperty('lastIndex'));
var ld = Object.getOwnPropertyDescriptor(re, 'lastIndex');
print(ld.writable, ld.enumerable, ld.configurable);
print(/x/.global, /x/i.ignoreCase, /x/m.multiline, /x/.multiline, new RegExp('').source, new RegExp('/', 'g').source);

// on RegExp.prototype itself
print(RegExp.prototype.source, RegExp.prototype.global, RegExp.prototype.ignoreCase, RegExp.prototype.multiline);
// on other values: TypeError
var get = Object.getOwnPropertyDescriptor(RegExp.prototype, 'global').get;
var srcGet = Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get;
var values = [undefined, null, 1, 'g', true, {}, [], Object.create(RegExp.prototype), function () {}];
for (var j = 0; j < values.length; j++) {
  var out = [];
  try { out.push(get.call(values[j])); } catch (e) { out.push(e.name); }
  try { out.push(srcGet.call(values[j])); } catch (e) { out.push(e.name); }
  print(j, out.join(' '));
}
print(get.call(/a/g), srcGet.call(/a|b/));

// assignment does not change them (strict mode throws)
(function () {
  var r = /q/;
  r.global = true;
  r.source = 'z';
  print(r.global, r.source, r.hasOwnProperty('global'));
})();
(function () {
  'use strict';
  var r = /q/;
  try { r.global = true; print('no error'); } catch (e) { print(e.name); }
})();
// inherited like any accessor; the prototype property can be redefined
var sub = Object.create(/k/i);
try { print(sub.ignoreCase); } catch (e) { print(e.name); }
var savedMultiline = Object.getOwnPropertyDescriptor(RegExp.prototype, 'multiline');
Object.defineProperty(RegExp.prototype, 'multiline', { value: 'mine' });
print(/z/m.multiline);
Object.defineProperty(RegExp.prototype, 'multiline', savedMultiline);
print(/z/m.multiline, /z/.multiline);
var seen = [];
for (var k in /w/) seen.push(k);
print('for-in', seen.join());
// flags (ES2015): read through the flag properties, in a fixed order
// (unicodeSets, which node 20 reads last, has no getter here)
var fd = Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags');
print(typeof fd.get, fd.get.name, fd.enumerable, fd.configurable);
print(/a/.flags === '', /a/g.flags, /a/gi.flags, new RegExp('x', 'ig').flags, eval('{}/1/g;').flags);
var order = [];
var fake = {};
['hasIndices', 'global', 'ignoreCase', 'multiline', 'dotAll', 'unicode', 'sticky'].forEach(function (n) {
  Object.defineProperty(fake, n, { get: function () { order.push(n); return n !== 'unicode' && n !== 'unicodeSets' && n !== 'dotAll' && n !== 'hasIndices'; } });
});
print(fd.get.call(fake), order.join());
print(fd.get.call({ global: 1, sticky: 'y' }), fd.get.call(RegExp.prototype) === '');
try { fd.get.call(1); } catch (e) { print(e.name); }
// toString (ES2015) is generic: source and flags through [[Get]]
print(String(RegExp.prototype), /a\/b/gim.toString(), String(new RegExp('\n', 'g')), String(new RegExp('')));
print(RegExp.prototype.toString.call({ source: 'x', flags: 'q' }), RegExp.prototype.toString.call({}));
var custom = /k/g;
Object.defineProperty(custom, 'source', { value: 'SRC' });
print(String(custom), custom.test('k'));
try { RegExp.prototype.toString.call('a'); } catch (e) { print(e.name); }
