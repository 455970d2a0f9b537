// RegExp.prototype[@@match], [@@replace], [@@search], [@@split] and
// [@@matchAll] (ES2024 22.2.6): the String methods call them, and they
// follow a subclass's exec, an object posing as a RegExp, a changed
// species, and the named groups an exec result carries.
function show(v) { return JSON.stringify(v); }
print(typeof RegExp.prototype[Symbol.match], RegExp.prototype[Symbol.replace].name, RegExp.prototype[Symbol.split].length);
print(show('aXbX'.match(/X/g)), 'aXbX'.replace(/X/g, '-'), 'aXbX'.search(/b/), show('aXbX'.split(/X/)));

class Upper extends RegExp {
    exec(s) {
        var r = super.exec(s);
        if (r) r[0] = r[0].toUpperCase();
        return r;
    }
}
print('abab'.replace(new Upper('a', 'g'), '[$&]'), show('abab'.match(new Upper('b', 'g'))), 'xyz'.search(new Upper('z')), show('a,b,c'.split(new Upper(','))));

var fake = { exec: function () { return null; }, flags: 'g', lastIndex: 0 };
print(RegExp.prototype[Symbol.match].call(fake, 'abc'), RegExp.prototype[Symbol.replace].call(fake, 'abc', 'x'));

var calls = 0;
var counted = /b/g;
counted.exec = function (s) { calls++; return RegExp.prototype.exec.call(this, s); };
print('abcb'.replace(counted, 'B'), calls);
print(/(\d)(\d)/[Symbol.replace]('a12b34', '$2$1'), show(/o/g[Symbol.match]('foo')), /x/[Symbol.search]('abx'));
print(show(/-/[Symbol.split]('a-b-c', 2)), 'a1b2'.replace(/(?:)/g, '_'));

var custom = { [Symbol.split]: function (s, l) { return 'custom:' + s + l; } };
print('str'.split(custom, 3), 'str'.match({ [Symbol.match]: function (s) { return 'm:' + s; } }), 'str'.search({ [Symbol.search]: function () { return 42; } }));

var grouped = { exec: function () { return { 0: 'b', index: 1, length: 1, groups: { n: 'N' } }; }, flags: '' };
print(RegExp.prototype[Symbol.replace].call(grouped, 'abc', "<$<n>|$&|$`|$'>"));
print(RegExp.prototype[Symbol.replace].call(grouped, 'abc', function (m, p, s, g) { return [m, p, s, g.n].join('/'); }));

class Plain extends RegExp { static get [Symbol.species]() { return RegExp; } }
print(show('a1b'.split(new Plain('\\d'))));

var searched = /q/g;
searched.lastIndex = 3;
print('aqa'.search(searched), searched.lastIndex);

print(show(Array.from('a1b2'.matchAll(/\d/g), function (m) { return m[0] + m.index; })), Array.from('a1b2'.matchAll('\\d')).length);
var from2 = /(\w)/g;
from2.lastIndex = 2;
print(Array.from(from2[Symbol.matchAll]('abcd'), function (m) { return m[1]; }).join(), from2.lastIndex);
print(Array.from('xyz'.matchAll(new Upper('.', 'g')), function (m) { return m[0]; }).join());
try { 'a'.matchAll(/a/); } catch (e) { print(e.constructor.name); }
try { RegExp.prototype[Symbol.match].call(1, 'a'); } catch (e) { print(e.constructor.name); }
// The RegExp constructor asks IsRegExp (@@match): a regexp-like object
// gives its source and flags; called, a pattern whose constructor is RegExp
// is returned as it is.
var like = { source: "a+", flags: "g", constructor: RegExp };
like[Symbol.match] = true;
print(RegExp(like) === like, new RegExp(like) === like, String(new RegExp(like)), String(new RegExp(like, "i")));
var re = /x/y;
re[Symbol.match] = false;
print(RegExp(re) === re, String(RegExp(re)));
var re2 = /z/;
re2.constructor = Object;
print(RegExp(re2) === re2, String(RegExp(re2)));
