// ENG_PTR16 builds: a string holds at most 65,535 code units (its length
// is 16 bits); past that, RangeError: Invalid string length.
var s = 'x'.repeat(65535);
print(s.length, s.charAt(65534));
function tooLong(label, f) {
    try { f(); print(label + ': no error'); } catch (e) { print(label + ': ' + e.name + ': ' + e.message); }
}
tooLong('concat', function () { return s + 'y'; });
tooLong('append', function () { var t = s; t += 'y'; return t; });
tooLong('repeat', function () { return 'ab'.repeat(32768); });
tooLong('join', function () { return [s, ''].join('-'); });
var u = '\u20ac'.repeat(65535) ;
print(u.length, u.charCodeAt(65534));
tooLong('utf16', function () { return u + '\u20ac'; });
print(s.length);
