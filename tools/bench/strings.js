// String concatenation and conversion of numbers to strings.
function run() {
    var parts = [];
    for (var i = 0; i < 20000; i++) parts.push('item' + i);
    var s = parts.join(',');
    return s.length;
}
print(run());
