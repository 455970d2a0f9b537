// Appending to a string in place (s += x, a + b + c) must look exactly like
// making a new string: other holders keep the old text, keys and equality
// see the new one, and long strings come out whole.
function pad(n) { var s = ''; while (s.length < n) s += '.'; return s; }

// Aliasing: another variable, an array, an object, a closure and an
// argument keep the string they were given.
function aliasing() {
    var s = pad(140);
    var a = s;
    s += 'x';
    print(a.length, s.length, a === s, s.slice(-2));
    var arr = [s];
    s += 'y';
    print(arr[0].length, s.length, arr[0] === s);
    var o = { k: s };
    s = s + 'z' + 1;
    print(o.k.length, s.length, o.k + 'z1' === s);
    s += 'w';
    function f(t) { var u = t; t += '!'; return [u.length, t.length]; }
    print(f(s).join(' '), s.length);
    var t = s, u = s;
    t += 'left';
    u += 'right';
    print(s.length, t.slice(-5), u.slice(-6), t === u);
}
aliasing();

// A captured variable lives in a box: the closure sees each new string.
function captured() {
    var s = pad(144);
    var keep = function () { return s; };
    var before = keep();
    s += 'w';
    print(before.length, keep().length, keep() === s);
}
captured();

// Keys: a string built by appends names the same property as the literal.
function keys() {
    var o = {};
    var k = 'key_' + pad(130);
    o[k] = 1;
    var j = k;
    k += '_2';
    o[k] = 2;
    var lit = 'key_' + pad(130) + '_2';
    print(o[j], o[k], o[lit], lit in o, Object.keys(o).length);
    var k2 = 'key_' + pad(130);
    k2 += '_2';
    o[k2] += 10;
    print(o[lit], Object.keys(o).join('|').length);
    var m = {};
    var name = '';
    for (var i = 0; i < 200; i++) {
        name += String.fromCharCode(97 + i % 26);
        m[name] = i;
    }
    var n = 0;
    for (var p in m) n += m[p];
    var abc = 'abcdefghijklmnopqrstuvwxyz', want = '';
    while (want.length < 150) want = want + abc;
    print(n, m[want.slice(0, 150)], m[want.slice(0, 40)], Object.keys(m)[199].length);
}
keys();

// Equality, switch, ordering and searching see the new text.
function compare() {
    var s = pad(131);
    s += 'A';
    var lit = pad(131) + 'A';
    print(s === lit, s == lit, s < lit + 'B', s > lit, s.indexOf('A'), lit.lastIndexOf(s));
    switch (s) {
    case '...................................................................................................................................A': print('switch ok'); break;
    default: print('switch wrong');
    }
    var x = s;
    x += 'B';
    print(x === s + 'B', x !== s, [s, x].indexOf(lit + 'B'));
}
compare();

// Chains and mixed operands: numbers, two-byte text, an empty string.
function chains() {
    var r = '';
    for (var i = 0; i < 20; i++) r = r + i + ',' + (i * 1.5) + ';';
    print(r.length, r.slice(0, 20), r.slice(-12));
    var w = pad(135);
    w += '\u00e9';
    w += '\u4e2d\u6587';
    w += 'abc';
    w += '\ud83d\ude00';
    print(w.length, w.charCodeAt(135), w.charCodeAt(136), w.charCodeAt(138), w.charCodeAt(142), encodeURIComponent(w.slice(135)));
    var e = pad(140);
    e += '';
    print(e.length, e === pad(140));
    var n = pad(132);
    n += 12345678901234567890;
    n += -0.5;
    n += true;
    n += null;
    n += undefined;
    n += { toString: function () { return 'obj'; } };
    print(n.slice(132));
}
chains();

// Long strings: many appends, then read back.
function long() {
    var s = '';
    for (var i = 0; i < 20000; i++) s += 'line ' + i + '\n';
    var lines = s.split('\n');
    var sum = 0;
    for (var j = 0; j < s.length; j += 4999) sum += s.charCodeAt(j);
    print(s.length, lines.length, lines[12345], sum, s.indexOf('line 19999'));
    var big = 'x';
    for (var k = 0; k < 300000; k++) big += 'y';
    print(big.length, big.charAt(0), big.charAt(299999), big.charAt(300000), big.lastIndexOf('x'));
    var copy = big;
    big += 'z';
    print(copy.length, big.length, copy.slice(-1), big.slice(-1));
}
long();

// A value whose conversion reads the string being appended to sees it whole.
var glob = pad(140);
glob = glob + { toString: function () { return String(glob.length); } };
print(glob.length, glob.slice(138));
var obj = { s: pad(133) };
for (var q = 0; q < 5; q++) obj.s += q;
print(obj.s.slice(130), obj.s.length);
