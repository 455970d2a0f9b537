// Mapped arguments objects (ES5 10.6): sloppy functions with parameters.
// Writing a parameter updates arguments[i] and the other way round.
function both(a, b) {
  arguments[0] = 'A';
  b = 'B';
  return [a, b, arguments[0], arguments[1], arguments.length].join();
}
print(both(1, 2));
// missing arguments: index >= argc is not mapped
function missing(a, b) {
  b = 'b';
  arguments[1] = 'x';
  return [a, b, arguments[1], arguments.length, 1 in arguments].join();
}
print(missing(1));
// extra arguments: index >= nparams is an ordinary property
function extra(a) {
  arguments[1] = 'changed';
  a = 'p';
  return [arguments[0], arguments[1], arguments[2], arguments.length].join();
}
print(extra(1, 2, 3));
// delete unmaps: the parameter and the element become independent
function unmapDelete(a) {
  delete arguments[0];
  var absent = !(0 in arguments);
  arguments[0] = 5;
  a = 6;
  return [absent, a, arguments[0]].join();
}
print(unmapDelete(1));
// defineProperty: a value keeps the mapping; writable:false unmaps after
// storing the value; an accessor unmaps
function unmapDefine(a, b) {
  Object.defineProperty(arguments, '0', { value: 3 });
  var mapped = a;
  Object.defineProperty(arguments, '0', { value: 4, writable: false });
  var stored = a;
  a = 5;
  Object.defineProperty(arguments, '1', { get: function () { return 'getter'; } });
  b = 'param';
  return [mapped, stored, arguments[0], a, arguments[1], b].join();
}
print(unmapDefine(1, 2));
// non-enumerable / non-configurable definitions keep the mapping
function attrs(a) {
  Object.defineProperty(arguments, '0', { enumerable: false, configurable: false });
  a = 'new';
  var d = Object.getOwnPropertyDescriptor(arguments, '0');
  var deleted = delete arguments[0];
  return [arguments[0], d.value, d.writable, d.enumerable, d.configurable, deleted, Object.keys(arguments).length].join();
}
print(attrs('old'));
// arguments escaping the function, seen after the parameter changed
function escape(a) {
  var args = arguments;
  return function (v) { if (v !== undefined) a = v; return [a, args[0]].join(); };
}
var get = escape(1);
print(get(), get(2));
function escapeArgs(a) { a = 'late'; return arguments; }
var esc = escapeArgs('early', 'x');
print(esc[0], esc[1], esc.length);
esc[0] = 'again';
print(esc[0]);
// a parameter captured by a closure stays mapped
function captured(a) {
  function set(v) { a = v; }
  set(10);
  var r = arguments[0];
  arguments[0] = 20;
  return [r, a].join();
}
print(captured(1));
// duplicate parameter names: the last one is the mapped one
function dup(a, a) {
  arguments[1] = 'second';
  return a;
}
print(dup(1, 2));
// keys, for-in, hasOwnProperty, Array methods
function keys(a, b) {
  var forin = [];
  for (var k in arguments) forin.push(k);
  a = 'x';
  return [Object.keys(arguments).join(':'), forin.join(':'), arguments.hasOwnProperty(1),
          Array.prototype.slice.call(arguments).join(':'), Array.prototype.join.call(arguments, '/'),
          Object.getOwnPropertyNames(arguments).join(':')].join(' ');
}
print(keys(1, 2, 3));
// length and callee: writable, non-enumerable, configurable data properties
function props(a) {
  var l = Object.getOwnPropertyDescriptor(arguments, 'length');
  var c = Object.getOwnPropertyDescriptor(arguments, 'callee');
  return [l.value, l.writable, l.enumerable, l.configurable, c.value === props, c.writable,
          c.enumerable, c.configurable, Object.prototype.toString.call(arguments)].join();
}
print(props(1));
// function declaration with a parameter's name
function decl(f) {
  function f() {}
  return typeof arguments[0];
}
print(decl(1));
// freeze unmaps, seal keeps the mapping
function frozen(a) {
  Object.freeze(arguments);
  a = 2;
  return [arguments[0], Object.isFrozen(arguments)].join();
}
print(frozen(1));
function sealed(a) {
  Object.seal(arguments);
  a = 2;
  return [arguments[0], Object.isSealed(arguments), Object.isFrozen(arguments)].join();
}
print(sealed(1));
