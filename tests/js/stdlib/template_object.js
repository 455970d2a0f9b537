// The template object of a tagged template: frozen arrays, raw not
// enumerable, writable or configurable; cooked undefined for bad escapes.
function t(s) { return s; }
var o = t`a${1}\n${2}\xq`;
print(Object.isFrozen(o), Object.isFrozen(o.raw), Array.isArray(o), Array.isArray(o.raw));
var d = Object.getOwnPropertyDescriptor(o, 'raw');
print(d.writable, d.enumerable, d.configurable);
print(JSON.stringify(o), JSON.stringify(o.raw), Object.keys(o).join());
print(JSON.stringify(Object.getOwnPropertyDescriptor(o, 0)));
'use strict';
try { o[0] = 'x'; } catch (e) { print(e.name); }
print(o[0]);
(function () {
  'use strict';
  try { o.raw.push('x'); } catch (e) { print(e.name); }
})();
