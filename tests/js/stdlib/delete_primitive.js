// delete on a primitive base works on its wrapper: a string's length and
// characters are non-configurable; other keys delete (true).
print(delete 'ab'.length, delete 'ab'[0], delete 'ab'[1], delete 'ab'[2], delete 'ab'.foo, delete 'ab'['-0']);
print(delete (5).toFixed, delete true.x, delete (1.5)[0]);
var calls = 0;
var key = { toString: function () { calls++; return 'length'; } };
print(delete 'xyz'[key], calls);
print(delete (7)[key], calls);
(function () {
  'use strict';
  try { delete 'ab'.length; print('no error'); } catch (e) { print(e.name); }
  try { delete 'ab'[1]; print('no error'); } catch (e) { print(e.name); }
  print(delete 'ab'[5], delete (3).x);
})();
try { delete null.x; } catch (e) { print(e.name); }
try { delete undefined[key]; } catch (e) { print(e.name, calls); }
var s = new String('q');
print(delete s.length, delete s[0], s.length, s[0]);
