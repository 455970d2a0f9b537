// RegExp flags s (dotAll: . matches line terminators too) and y (sticky:
// a match only at lastIndex), with their getters, RegExp.prototype.flags,
// and how exec, test, match, replace, search and split honour
// them (ES2024 22.2.7.2 RegExpBuiltinExec; split looks for matches
// whatever the flag).
var re = /a.b/s;
print(re.dotAll, re.flags, String(re), re.test('a\nb'), /a.b/.test('a\nb'), /a.b/.dotAll);
print(new RegExp('^.$', 's').test('\u2028'), new RegExp('^.$', '').test('\u2028'), /^.+$/s.exec('x\ry\nz')[0].length);
print(Object.getOwnPropertyDescriptor(RegExp.prototype, 'dotAll').get.name, RegExp.prototype.dotAll, RegExp.prototype.sticky);
try { Object.getOwnPropertyDescriptor(RegExp.prototype, 'sticky').get.call({}); } catch (e) { print(e.constructor.name); }
try { new RegExp('a', 'yy'); } catch (e) { print(e.constructor.name); }
print(/[^]/s.test('\n'), 'a\nb'.replace(/./gs, 'x'), 'a\nb'.split(/./s).length);

var st = /b/y;
print(st.sticky, st.flags, String(st), st.test('abc'), st.lastIndex);
st.lastIndex = 1;
print(st.test('abc'), st.lastIndex, st.test('abc'), st.lastIndex);
print('aaba'.match(/a/gy), 'aaba'.replace(/a/gy, 'x'), 'baa'.replace(/a/gy, 'x'));
var once = /a/y;
once.lastIndex = 2;
print('xxa'.replace(once, 'Q'), once.lastIndex, 'xxa'.replace(once, 'Q'), once.lastIndex);
var m = /a/y;
m.lastIndex = 1;
print(JSON.stringify('bab'.match(m)), m.lastIndex);
print('abcb'.split(/b/y), 'a1b2c'.split(/\d/y), 'abc'.search(/b/y), 'bc'.search(/b/y));
print(/^b/my.test('a\nb'), new RegExp('a', 'ygs').flags);
var past = /x*/y;
past.lastIndex = 5;
print(past.exec('xx'), past.lastIndex);
var both = /./sy;
both.lastIndex = 1;
print(both.exec('a\nb')[0] === '\n', both.lastIndex);
