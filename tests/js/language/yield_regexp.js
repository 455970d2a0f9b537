// After yield, a slash starts a regular expression literal.
function* g() {
    var received = yield/abc/i;
    yield /x/g;
    yield received;
}
var it = g();
print(it.next().value.test('ABC'));
print(it.next('sent').value.source);
print(it.next().value);
