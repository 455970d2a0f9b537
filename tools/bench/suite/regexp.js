// Regular expressions: tokenising, validating, replacing with a function
// and global matching over generated log lines.
var lines = [];
for (var i = 0; i < 1500; i++) {
    lines.push('2026-' + (i % 12 + 1) + '-' + (i % 28 + 1) + ' ' + ['INFO', 'WARN', 'ERROR'][i % 3] +
               ' user' + (i * 37 % 500) + '@example.org took ' + (i * 13 % 997) + 'ms path=/a/b' + (i % 9) + '/c?x=' + i);
}
var entry = /^(\d{4})-(\d{1,2})-(\d{1,2}) (INFO|WARN|ERROR) (\w+)@([\w.]+) took (\d+)ms path=(\S+)$/;
var total = 0, errors = 0;
for (var r = 0; r < 1; r++) {
    for (var k = 0; k < lines.length; k++) {
        var m = entry.exec(lines[k]);
        if (!m) throw new Error('no match ' + k);
        total += parseInt(m[7], 10) + m[5].length + m[8].length;
        if (m[4] === 'ERROR') errors++;
        total += lines[k].replace(/\d+/g, function (d) { return d.length; }).length;
        total += (lines[k].match(/[aeiou]/g) || []).length;
        if (/^\/a\/b[0-4]/.test(m[8])) total++;
    }
}
var joined = lines.slice(0, 300).join('\n');
total += joined.split(/\s+/).length + joined.replace(/user(\d+)/g, 'u$1').length;
print('regexp', total, errors);
