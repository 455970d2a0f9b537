// The reviver's results are stored with [[DefineOwnProperty]] (no exception
// when that fails), so frozen, sealed or non-configurable properties keep
// their values; accessors are replaced by data properties.
var arr = JSON.parse('[1, 2, 3]', function (key, value) {
  if (key === '0') Object.defineProperty(this, '1', { configurable: false });
  if (key === '1' || key === '2') return value * 11;
  return value;
});
print(JSON.stringify(arr), Object.getOwnPropertyDescriptor(arr, '1').configurable);

var obj = JSON.parse('{"a": 1, "b": 2, "c": 3}', function (key, value) {
  if (key === 'a') Object.defineProperty(this, 'b', { configurable: false });
  if (key === 'b' || key === 'c') return value * 11;
  return value;
});
print(JSON.stringify(obj));

var frozen = JSON.parse('{"x": {"p": 1, "q": 2}}', function (key, value) {
  if (key === 'p') Object.freeze(this);
  if (key === 'p' || key === 'q') return 'r' + value;
  return value;
});
print(JSON.stringify(frozen), Object.isFrozen(frozen.x));

var acc = JSON.parse('{"m": 1, "n": 2}', function (key, value) {
  if (key === 'm') Object.defineProperty(this, 'n', { get: function () { return 'got'; }, configurable: true, enumerable: true });
  if (key === 'n') return 'replaced ' + value;
  return value;
});
var d = Object.getOwnPropertyDescriptor(acc, 'n');
print(acc.n, 'value' in d, d.writable, d.enumerable, d.configurable);

var nonExt = JSON.parse('[[5, 6]]', function (key, value) {
  if (key === '0' && Array.isArray(value) && value.length === 2) return value;
  if (key === '0') { Object.preventExtensions(this); delete this[1]; }
  if (key === '1') return 'six';
  return value;
});
print(JSON.stringify(nonExt));
// undefined from the reviver deletes (quietly when it cannot)
var del = JSON.parse('{"k": 1, "l": 2}', function (key, value) {
  if (key === 'k') Object.defineProperty(this, 'l', { configurable: false });
  if (key === 'k' || key === 'l') return undefined;
  return value;
});
print(JSON.stringify(del));
