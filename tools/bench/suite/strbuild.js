// String building with += and + chains, then splitting and joining back.
function buildLines(n) {
    var s = '';
    for (var i = 0; i < n; i++) s += 'line ' + i + ': ' + (i * i % 977) + ',' + (i & 7) + '\n';
    return s;
}
function csv(rows, cols) {
    var out = '';
    for (var r = 0; r < rows; r++) {
        var row = '';
        for (var c = 0; c < cols; c++) row += (c ? ';' : '') + 'r' + r + 'c' + c;
        out += row + '\n';
    }
    return out;
}
var total = 0;
var text = buildLines(12000);
var lines = text.split('\n');
total += text.length + lines.length;
for (var i = 0; i < lines.length; i += 97) total += lines[i].split(' ').length;
var table = csv(600, 10);
var rows = table.split('\n'), cells = 0;
for (var r = 0; r < rows.length; r++) cells += rows[r].split(';').length;
total += table.length + cells + rows.join('|').length;
var pad = '';
for (var k = 0; k < 3000; k++) pad = pad + '-' + (k % 10);
total += pad.length + pad.split('-').join('').length;
print('strbuild', total, text.length, table.length);
