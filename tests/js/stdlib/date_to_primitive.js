// Date.prototype[@@toPrimitive] (ES2024 21.4.4.45) and
// Symbol.prototype[@@toPrimitive] (20.4.3.5), which ToPrimitive calls.
function attempt(label, f) {
  try { print(label, f()) } catch (e) { print(label, e.name, e instanceof TypeError) }
}
// Dates: "default" converts as a string, so + concatenates and - subtracts.
var d = new Date(0);
print(typeof (d + 1), typeof (d - 1), d - 1);
var desc = Object.getOwnPropertyDescriptor(Date.prototype, Symbol.toPrimitive);
print(typeof desc.value, desc.writable, desc.enumerable, desc.configurable);
print(desc.value.name, desc.value.length);
print(d[Symbol.toPrimitive]('number'), typeof d[Symbol.toPrimitive]('string'), typeof d[Symbol.toPrimitive]('default'));
attempt('bad hint', function () { return d[Symbol.toPrimitive]('bogus') });
attempt('no hint', function () { return d[Symbol.toPrimitive]() });
attempt('hint object', function () { return d[Symbol.toPrimitive]({ toString: function () { return 'number' } }) });
attempt('this primitive', function () { return Date.prototype[Symbol.toPrimitive].call(1, 'number') });
attempt('this undefined', function () { return Date.prototype[Symbol.toPrimitive].call(undefined, 'number') });
// It works on any object, not only dates.
var any = { valueOf: function () { return 1 }, toString: function () { return 'two' } };
print(Date.prototype[Symbol.toPrimitive].call(any, 'number'), Date.prototype[Symbol.toPrimitive].call(any, 'default'));
attempt('neither', function () { return Date.prototype[Symbol.toPrimitive].call({ valueOf: null, toString: null }, 'number') });
// Without it a date converts by default as a number.
delete Date.prototype[Symbol.toPrimitive];
print(typeof (d + 1));
Date.prototype[Symbol.toPrimitive] = desc.value;
print(typeof (d + 1));

// Symbol.prototype[@@toPrimitive]: read-only, returns the symbol.
var s = Symbol('s');
var sd = Object.getOwnPropertyDescriptor(Symbol.prototype, Symbol.toPrimitive);
print(sd.writable, sd.enumerable, sd.configurable, sd.value.name, sd.value.length);
print(Object(s)[Symbol.toPrimitive]() === s, sd.value.call(s) === s);
attempt('symbol wrapper concat', function () { return Object(s) + '' });
attempt('symbol toPrimitive on string', function () { return sd.value.call('s') });
print(Object(s) == s);
