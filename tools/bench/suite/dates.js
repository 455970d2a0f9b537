// Date formatting: UTC dates built from numbers, read field by field,
// formatted by hand and with toISOString, and parsed back.
function pad(n, w) { var s = '' + n; while (s.length < w) s = '0' + s; return s; }
var DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
var total = 0, last = '';
var t0 = Date.UTC(2001, 0, 1);
for (var i = 0; i < 6000; i++) {
    var d = new Date(t0 + i * 3600007 * 7);
    var text = DAYS[d.getUTCDay()] + ' ' + d.getUTCFullYear() + '-' + pad(d.getUTCMonth() + 1, 2) + '-' +
               pad(d.getUTCDate(), 2) + ' ' + pad(d.getUTCHours(), 2) + ':' + pad(d.getUTCMinutes(), 2);
    var iso = d.toISOString();
    if (Date.parse(iso) !== d.getTime()) throw new Error('parse ' + iso);
    total += text.length + iso.charCodeAt(18) + d.getUTCSeconds();
    last = text + ' ' + iso;
}
print('dates', total, last);
