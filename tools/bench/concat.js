// Building strings piece by piece with +=, then reading them back with
// substring, charAt, indexOf, split and replace.
function run() {
    var s = '';
    for (var i = 0; i < 3000; i++) s += 'x' + i;
    var n = s.length;
    for (var j = 0; j < 3000; j++) {
        n += s.charAt(j * 7 % s.length).length;
        n += s.substring(j, j + 12).length;
        n += s.indexOf('x' + (j % 300));
    }
    var rows = [];
    for (var r = 0; r < 1000; r++) {
        var row = '';
        for (var c = 0; c < 8; c++) row += (c ? ';' : '') + 'c' + c + '=' + (r * c);
        rows.push(row);
    }
    for (var k = 0; k < rows.length; k++) {
        var cells = rows[k].split(';');
        n += cells.length + cells[k % 8].indexOf('=');
        n += rows[k].replace('=', ':').length;
    }
    n += s.split('x').length;
    return n;
}
print(run());
