// A bound function's length is the target's ToInteger(length) minus the
// bound arguments, at least 0, with no upper cap.
function f(a, b, c) {}
function show(len, args) {
  Object.defineProperty(f, 'length', { value: len, configurable: true });
  var g = Function.prototype.bind.apply(f, [null].concat(args));
  var d = Object.getOwnPropertyDescriptor(g, 'length');
  print(String(len), args.length, g.length, d.writable, d.enumerable, d.configurable);
  return g;
}
show(3, []);
show(3, [1, 2, 3, 4]);
show(2147483648, []);
show(2147483648, [1]);
show(4294967296, [1, 2]);
show(9007199254740991, []);
show(Infinity, [1]);
show(-Infinity, []);
show(1073741823, []);
show(1073741824, [1]);
show(2.9, []);
show('5', []);
show(NaN, []);
var g = show(1e10, []);
print(Object.getOwnPropertyNames(g).sort().join(), delete g.length, g.length, g.hasOwnProperty('length'));
var g2 = show(1e10, []);
Object.defineProperty(g2, 'length', { value: 7 });
print(g2.length);
print(g2.call(null), typeof g2.name, g2.name);
